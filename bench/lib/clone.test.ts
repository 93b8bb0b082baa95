import { getTableColumns } from "drizzle-orm";
import { getTableConfig } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/server/db/connect.ts";
import { BACKUP_TABLES } from "../../src/server/features/exports/backup.ts";
import { openTestDatabase } from "../../src/server/testing/test-db.ts";
import { SIZES, seedNetwork } from "../seed.ts";
import { cloneTableSql, workspaceTables } from "./clone.ts";

describe("cloneTableSql", () => {
  it("gives each target workspace its rows, uuid columns remapped, the rest copied", () => {
    const text = cloneTableSql(
      {
        name: "people",
        columns: [
          { name: "id", sqlType: "uuid" },
          { name: "workspace_id", sqlType: "uuid" },
          { name: "name", sqlType: "text" },
          { name: "organization_id", sqlType: "uuid" },
        ],
      },
      "targets",
    );
    expect(text).toBe(
      [
        'insert into "people" ("workspace_id", "id", "name", "organization_id")',
        'select w.id, md5(w.idx::text || \':\' || s."id"::text)::uuid, s."name", md5(w.idx::text || \':\' || s."organization_id"::text)::uuid',
        'from "people" s cross join targets w',
        "where s.workspace_id = $1",
        "order by s.ctid, w.idx",
      ].join("\n"),
    );
  });

  it("may remap every uuid column: each is its table's key or a reference to a workspace table", () => {
    const workspaceTableNames = new Set(BACKUP_TABLES.map((t) => getTableConfig(t.table).name));
    for (const { table, maintained = [] } of BACKUP_TABLES) {
      const config = getTableConfig(table);
      // Columns the database keeps itself are not copied: the clone's triggers set them.
      const kept = new Set(maintained.map((k) => getTableColumns(table)[k]!.name));
      const keys = new Set([
        ...config.columns.filter((c) => c.primary).map((c) => c.name),
        ...config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
      ]);
      const references = new Set(
        config.foreignKeys.flatMap((fk) => {
          const ref = fk.reference();
          return workspaceTableNames.has(getTableConfig(ref.foreignTable).name)
            ? ref.columns.map((c) => c.name)
            : [];
        }),
      );
      for (const c of config.columns) {
        if (c.getSQLType() !== "uuid" || c.name === "workspace_id" || kept.has(c.name)) continue;
        expect(
          keys.has(c.name) || references.has(c.name),
          `${config.name}.${c.name} is neither a key nor a reference`,
        ).toBe(true);
      }
    }
  });
});

describe("cloning a seeded workspace", () => {
  let database: Database;
  const source = "00000000-0000-4000-8000-000000000000";
  const targets = ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"];
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.query(
      "insert into workspaces (id, name) select unnest($1::uuid[]), 'Clone test'",
      [[source, ...targets]],
    );
    await seedNetwork(database, source, "small");
    await database.query("create table clone_targets (idx int primary key, id uuid not null)");
    await database.query(
      "insert into clone_targets select i, id from unnest($1::uuid[]) with ordinality u(id, i)",
      [targets],
    );
    for (const table of workspaceTables()) {
      await database.query(cloneTableSql(table, "clone_targets"), [source]);
    }
  }, 120_000);
  afterAll(() => database.close());

  it("copies every row into every target workspace", async () => {
    for (const { name } of workspaceTables()) {
      const counts = await database.query<{ ws: string; n: number }>(
        `select workspace_id::text as ws, count(*)::int as n from "${name}" group by 1`,
      );
      const of = (ws: string) => counts.find((c) => c.ws === ws)?.n ?? 0;
      for (const ws of targets) expect(of(ws), `${name} in ${ws}`).toBe(of(source));
    }
    const [people] = await database.query<{ n: number }>(
      "select count(*)::int as n from people where workspace_id = $1",
      [targets[1]],
    );
    expect(people?.n).toBe(SIZES.small.people);
  });

  it("keeps every reference inside its own workspace", async () => {
    const byName = new Map(BACKUP_TABLES.map((t) => [getTableConfig(t.table).name, t.table]));
    for (const { table } of BACKUP_TABLES) {
      const config = getTableConfig(table);
      for (const fk of config.foreignKeys) {
        const ref = fk.reference();
        const foreign = getTableConfig(ref.foreignTable).name;
        if (!byName.has(foreign)) continue;
        const on = ref.columns
          .map((c, i) => `f."${ref.foreignColumns[i]!.name}" = t."${c.name}"`)
          .join(" and ");
        const [row] = await database.query<{ n: number }>(
          `select count(*)::int as n from "${config.name}" t join "${foreign}" f on ${on}
           where f.workspace_id <> t.workspace_id`,
        );
        expect(row?.n, `${config.name} → ${foreign} across workspaces`).toBe(0);
      }
    }
  });
});
