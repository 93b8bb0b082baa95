import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signUp, type TestContext } from "../testing/test-app.ts";
import { SEARCH_INDEX, withPeopleIndexesRebuilt } from "./bulk.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

type IndexRow = { name: string; oid: number; definition: string };

/** Every index of `people`, by name: its object id (a rebuilt one has a new id) and definition. */
const peopleIndexes = async () =>
  new Map(
    (
      await ctx.database.query<IndexRow>(
        `select c.relname as name, c.oid::int as oid, pg_get_indexdef(c.oid) as definition
         from pg_index i join pg_class c on c.oid = i.indexrelid
         where i.indrelid = 'people'::regclass`,
      )
    ).map((r) => [r.name, r]),
  );

/** The indexes rebuilt by a first bulk load: not the primary key, not the partial ones. */
const REBUILT = [
  SEARCH_INDEX,
  "people_ws_name_cover",
  "people_ws_created_idx",
  "people_ws_updated_idx",
  "people_ws_org_idx",
  "people_tags_idx",
];
const KEPT = ["people_pkey", "people_ws_can_hire_idx", "people_ws_contacted_idx"];

const linkedIn = (count: number, from: number) =>
  [
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ...Array.from(
      { length: count },
      (_, i) =>
        `Person${from + i},Zephyrine,https://www.linkedin.com/in/p-${from + i},,Acme ${i % 40},Analyst,12 Mar 2024`,
    ),
  ].join("\n");

describe("the people indexes around bulk writes", () => {
  it("a first big import rebuilds the secondary ones on PGlite (kept as is on PostgreSQL); a later one does not", async () => {
    const me = await signUp(ctx);
    const before = await peopleIndexes();
    expect([...before.keys()].sort()).toEqual([...REBUILT, ...KEPT].sort());
    expect((await me.importFile("linkedin", linkedIn(1200, 0))).status).toBe(200);
    const after = await peopleIndexes();
    for (const name of [...REBUILT, ...KEPT]) {
      expect(after.get(name)?.definition).toBe(before.get(name)?.definition);
      const rebuilt = ctx.database.kind === "pglite" && REBUILT.includes(name);
      if (rebuilt) expect(after.get(name)?.oid, name).not.toBe(before.get(name)?.oid);
      else expect(after.get(name)?.oid, name).toBe(before.get(name)?.oid);
    }

    // 1,200 people are already there: 1,200 more are not three times as many.
    expect((await me.importFile("linkedin", linkedIn(1200, 5000))).status).toBe(200);
    expect(await peopleIndexes()).toEqual(after);

    const found = await me.get("/api/people?q=person5012%20zephyr");
    expect(found.status).toBe(200);
    expect((found.body as Array<{ name: string }>).map((p) => p.name)).toEqual([
      "Person5012 Zephyrine",
    ]);
    // Name order reads the rebuilt name index; the organization filter its own.
    const page = await me.get("/api/people?q=zephyrine&limit=3");
    expect((page.body as Array<{ name: string }>).map((p) => p.name)).toEqual([
      "Person0 Zephyrine",
      "Person1 Zephyrine",
      "Person10 Zephyrine",
    ]);
  });

  it("are back as they were when the write fails", async () => {
    const before = await peopleIndexes();
    const failing = ctx.database.db.transaction((tx) =>
      withPeopleIndexesRebuilt(tx, ctx.database.kind, 1_000_000, async () => {
        throw new Error("the write failed");
      }),
    );
    await expect(failing).rejects.toThrow("the write failed");
    expect(await peopleIndexes()).toEqual(before);
  });
});
