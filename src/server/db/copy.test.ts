import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "../testing/test-app.ts";
import { copyRows } from "./copy.ts";
import { databaseError, queryRows } from "./sql.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
  await ctx.database.exec(`create table copy_probe (
    n integer primary key, label text, items text[] not null default '{}', doc jsonb,
    at timestamptz, day date, flag boolean not null default false, note text default 'kept')`);
});
afterAll(() => ctx.close());

// Every character COPY's text format escapes, and what array literals and JSON quote.
const NASTY = 'tab\there, line\nbreak, cr\r, back\\slash \\N, "quoted", {braces}, NULL, é ✓';

const readBack = () =>
  queryRows<Record<string, unknown>>(
    ctx.database.db,
    sql`select n, label, items, doc, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as at,
          day::text as day, flag, note from copy_probe order by n`,
  );

describe("copyRows", () => {
  it("writes text, arrays, JSON, times and nulls exactly as given", async () => {
    const rows = [
      {
        n: 1,
        label: NASTY,
        items: [NASTY, "", "plain"],
        doc: { text: NASTY, list: [1, "two", null], nested: { ok: true } },
        at: "2024-03-12T09:30:15.123456Z",
        day: "2024-02-29",
        flag: true,
      },
      { n: 2, label: "", items: [], doc: "just a string", at: new Date(0), day: null, flag: false },
      { n: 3, label: null, items: ["\\"], doc: null, at: null, day: null, flag: false },
    ];
    await ctx.database.db.transaction((tx) =>
      copyRows(tx, ctx.database.kind, "copy_probe", Object.keys(rows[0]!), rows),
    );
    expect(await readBack()).toEqual([
      {
        n: 1,
        label: NASTY,
        items: [NASTY, "", "plain"],
        doc: { text: NASTY, list: [1, "two", null], nested: { ok: true } },
        at: "2024-03-12T09:30:15.123456",
        day: "2024-02-29",
        flag: true,
        note: "kept",
      },
      {
        n: 2,
        label: "",
        items: [],
        doc: "just a string",
        at: "1970-01-01T00:00:00.000000",
        day: null,
        flag: false,
        note: "kept",
      },
      {
        n: 3,
        label: null,
        items: ["\\"],
        doc: null,
        at: null,
        day: null,
        flag: false,
        note: "kept",
      },
    ]);
  });

  it("writes thousands of rows in several statements, and a failing row undoes the transaction", async () => {
    await ctx.database.exec("delete from copy_probe");
    const many = Array.from({ length: 2500 }, (_, i) => ({ n: i, label: `row ${i}` }));
    await ctx.database.db.transaction((tx) =>
      copyRows(tx, ctx.database.kind, "copy_probe", ["n", "label"], many),
    );
    const count = async () =>
      (await ctx.database.query<{ c: number }>("select count(*)::int as c from copy_probe"))[0]!.c;
    expect(await count()).toBe(2500);

    const clash = [{ n: 10_000, label: "new" }, ...many.slice(0, 1)];
    const failed = ctx.database.db.transaction(async (tx) => {
      await copyRows(tx, ctx.database.kind, "copy_probe", ["n", "label"], clash);
    });
    expect(
      databaseError(
        await failed.then(
          () => null,
          (e: unknown) => e,
        ),
      )?.code,
    ).toBe("23505");
    expect(await count()).toBe(2500);
  });

  it("refuses a column the table does not have, before writing", async () => {
    await expect(
      ctx.database.db.transaction((tx) =>
        copyRows(tx, ctx.database.kind, "copy_probe", ["n", "nope"], [{ n: 1, nope: 1 }]),
      ),
    ).rejects.toThrow("table copy_probe has no column nope");
  });
});
