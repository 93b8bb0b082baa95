import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signUp, type TestContext } from "../testing/test-app.ts";
import { SEARCH_INDEX, withSearchIndexRebuilt } from "./bulk.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** The search index's object id (a rebuilt index has a new one) and its definition. */
const searchIndex = async () =>
  (
    await ctx.database.query<{ oid: number; definition: string }>(
      `select c.oid::int as oid, pg_get_indexdef(c.oid) as definition
       from pg_class c where c.relname = $1`,
      [SEARCH_INDEX],
    )
  )[0];

const linkedIn = (count: number, from: number) =>
  [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ...Array.from(
      { length: count },
      (_, i) =>
        `Person${from + i},Zephyrine,https://www.linkedin.com/in/p-${from + i},,Acme ${i % 40},Analyst,12 Mar 2024`,
    ),
  ].join("\n");

describe("the search index around bulk writes", () => {
  it("a first big import rebuilds it on PGlite (kept as is on PostgreSQL); a later one does not", async () => {
    const me = await signUp(ctx);
    const before = await searchIndex();
    expect((await me.importFile("linkedin", linkedIn(1200, 0))).status).toBe(200);
    const after = await searchIndex();
    expect(after?.definition).toBe(before?.definition);
    if (ctx.database.kind === "pglite") expect(after?.oid).not.toBe(before?.oid);
    else expect(after?.oid).toBe(before?.oid);

    // 1,200 people are already there: 1,200 more are not three times as many.
    expect((await me.importFile("linkedin", linkedIn(1200, 5000))).status).toBe(200);
    expect((await searchIndex())?.oid).toBe(after?.oid);

    const found = await me.get("/api/people?q=person5012%20zephyr");
    expect(found.status).toBe(200);
    expect((found.body as Array<{ name: string }>).map((p) => p.name)).toEqual([
      "Person5012 Zephyrine",
    ]);
  });

  it("is back as it was when the write fails", async () => {
    const before = await searchIndex();
    const failing = ctx.database.db.transaction((tx) =>
      withSearchIndexRebuilt(tx, ctx.database.kind, 1_000_000, async () => {
        throw new Error("the write failed");
      }),
    );
    await expect(failing).rejects.toThrow("the write failed");
    expect(await searchIndex()).toEqual(before);
  });
});
