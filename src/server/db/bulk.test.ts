import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signUp, type TestContext, workspaceIdOf } from "../testing/test-app.ts";
import { testDatabaseKind } from "../testing/test-db.ts";
import { holdReferences, skipReferenceChecks, withPeopleIndexesRebuilt } from "./bulk.ts";
import type { Db } from "./connect.ts";
import { databaseError, queryRows } from "./sql.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

type IndexRow = { name: string; oid: number; definition: string };

/**
 * Every index of `people` and of its search copy, by name: its object id (a rebuilt one has
 * a new id) and definition.
 */
const peopleIndexes = async () =>
  new Map(
    (
      await ctx.database.query<IndexRow>(
        `select c.relname as name, c.oid::int as oid, pg_get_indexdef(c.oid) as definition
         from pg_index i join pg_class c on c.oid = i.indexrelid
         where i.indrelid in ('people'::regclass, 'people_search'::regclass)`,
      )
    ).map((r) => [r.name, r]),
  );

/** The indexes rebuilt by a first bulk load: not the primary key, not the partial ones. */
const REBUILT = [
  "people_search_trgm_idx",
  "people_ws_name_cover",
  "people_ws_created_idx",
  "people_ws_updated_idx",
  "people_ws_org_idx",
  "people_tags_idx",
];
const KEPT = [
  "people_pkey",
  "people_ws_can_hire_idx",
  "people_ws_contacted_idx",
  "people_search_pkey",
];

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

    // The references written without their per-row checks all hold.
    const [dangling] = await ctx.database.query<{ n: number }>(
      `select count(*)::int as n from people p
       where not exists (select 1 from workspaces w where w.id = p.workspace_id)
          or (p.organization_id is not null
              and not exists (select 1 from organizations o
                              where o.id = p.organization_id and o.workspace_id = p.workspace_id))`,
    );
    expect(dangling?.n).toBe(0);

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

describe("skipping the per-row reference checks (decision 0012)", () => {
  const role = async (tx: Db) =>
    (
      await queryRows<{ role: string }>(
        tx,
        sql`select current_setting('session_replication_role') as role`,
      )
    )[0]?.role;
  const missing = "00000000-0000-4000-8000-000000000000";
  // Each case ends by undoing its transaction: nothing is written.
  const inRolledBackTx = (run: (tx: Db) => Promise<void>) =>
    expect(
      ctx.database.db.transaction(async (tx) => {
        await run(tx);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");

  it("skips them when the held rows are there, and only for the transaction", async () => {
    const ws = await workspaceIdOf(await signUp(ctx));
    await inRolledBackTx(async (tx) => {
      await skipReferenceChecks(tx, ctx.database.kind, { workspaces: [ws] });
      expect(await role(tx)).toBe("replica");
    });
    expect(await role(ctx.database.db)).toBe("origin");
  });

  it("on PostgreSQL keeps them when a held row is gone, or comes back to them", async () => {
    const ws = await workspaceIdOf(await signUp(ctx));
    const postgres = ctx.database.kind === "postgres";
    await inRolledBackTx(async (tx) => {
      await skipReferenceChecks(tx, ctx.database.kind, { workspaces: [missing] });
      // PGlite has one connection: nothing can take a row away, nothing is locked.
      expect(await role(tx)).toBe(postgres ? "origin" : "replica");
    });
    await inRolledBackTx(async (tx) => {
      await skipReferenceChecks(tx, ctx.database.kind, { workspaces: [ws] });
      await holdReferences(tx, ctx.database.kind, { organizations: [missing] });
      expect(await role(tx)).toBe(postgres ? "origin" : "replica");
      if (postgres) {
        // The checks are back: a person pointing at the missing organization is refused.
        const refused = await tx
          .execute(
            sql`insert into people (workspace_id, name, organization_id) values (${ws}, 'Ada', ${missing})`,
          )
          .catch((e: unknown) => e);
        expect(databaseError(refused)?.code).toBe("23503");
      }
    });
  });

  it.runIf(testDatabaseKind === "postgres")(
    "on PostgreSQL keeps them for a role that may not change the setting",
    async () => {
      const ws = await workspaceIdOf(await signUp(ctx));
      await ctx.database.query(
        `do $$ begin
           if not exists (select from pg_roles where rolname = 'warmpath_plain_role') then
             create role warmpath_plain_role nologin;
           end if;
         end $$`,
      );
      await inRolledBackTx(async (tx) => {
        await tx.execute(sql`set local role warmpath_plain_role`);
        await skipReferenceChecks(tx, ctx.database.kind, { workspaces: [ws] });
        expect(await role(tx)).toBe("origin");
      });
    },
  );
});
