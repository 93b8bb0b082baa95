import { sql } from "drizzle-orm";
import {
  deferSearchIndexMerge,
  lockWorkspaceForBulkWrite,
  skipReferenceChecks,
  withPeopleIndexesRebuilt,
} from "../../db/bulk.ts";
import type { Database, DatabaseKind, Db } from "../../db/connect.ts";
import { copyRows } from "../../db/copy.ts";
import { databaseError, ident, queryRows } from "../../db/sql.ts";
import { AppError, errors } from "../../http/errors.ts";
import type { BackupDocument, BackupRow } from "./backup.ts";
import { parseBackup } from "./backup-schema.ts";
import { insertionOrder, type TableInfo } from "./backup-tables.ts";

export type RestoreSummary = {
  /** Rows restored per document key. */
  restored: Record<string, number>;
  /** Whether the workspace's previous data was deleted first. */
  replaced: boolean;
};

/** Whether the workspace holds any data (settings and templates do not count). */
async function hasContent(db: Db, ws: string, tables: TableInfo[]): Promise<boolean> {
  const checks = tables
    .filter((t) => !t.entry.settings)
    .map((t) => sql`exists(select 1 from ${sql.raw(ident(t.name))} where "workspace_id" = ${ws})`);
  const [row] = await queryRows<{ any: boolean }>(
    db,
    sql`select (${sql.join(checks, sql` or `)}) as "any"`,
  );
  return row?.any === true;
}

/** The rows of one table as the database names them, with the workspace and derived columns. */
function databaseRows(
  t: TableInfo,
  doc: BackupDocument,
  ws: string,
): Array<Record<string, unknown>> {
  const rows = (doc[t.entry.key] ?? []) as BackupRow[];
  return rows.map((row) => {
    const out: Record<string, unknown> = { workspace_id: ws };
    for (const c of t.columns) if (row[c.key] !== undefined) out[c.name] = row[c.key];
    for (const c of t.derived) out[c.name] = t.entry.derived![c.key]!(row, doc);
    return out;
  });
}

/** Inserts rows grouped by the columns they carry: a missing column takes its default. */
async function insertTable(
  db: Db,
  kind: DatabaseKind,
  t: TableInfo,
  rows: Array<Record<string, unknown>>,
) {
  const groups = new Map<string, Array<Record<string, unknown>>>();
  for (const row of rows) {
    const signature = Object.keys(row).join(",");
    const group = groups.get(signature) ?? [];
    group.push(row);
    groups.set(signature, group);
  }
  for (const [signature, group] of groups) {
    await copyRows(db, kind, t.name, signature.split(","), group);
  }
}

/**
 * Restores a backup into a workspace, in ONE transaction: ids, timestamps and relations come
 * back exactly as exported, tables in foreign-key order. The workspace must be empty unless
 * `replace`, which first deletes its data in the same transaction. The backup is validated
 * whole before anything is written.
 */
export async function restoreBackup(
  database: Pick<Database, "db" | "kind">,
  ws: string,
  input: unknown,
  options: { replace: boolean },
): Promise<RestoreSummary> {
  const doc = parseBackup(input);
  const order = insertionOrder();
  try {
    return await database.db.transaction(async (tx) => {
      await lockWorkspaceForBulkWrite(tx, ws);
      await deferSearchIndexMerge(tx);
      if (!options.replace && (await hasContent(tx, ws, order))) {
        throw errors.conflict(
          "workspace_not_empty",
          "This workspace already has data: restore into an empty workspace, or replace its data.",
        );
      }
      for (const t of [...order].reverse()) {
        if (!options.replace && !t.entry.settings) continue;
        await tx.execute(sql`delete from ${sql.raw(ident(t.name))} where "workspace_id" = ${ws}`);
      }
      // parseBackup checked that every reference stays inside the backup, whose rows are
      // all written here, in foreign-key order.
      await skipReferenceChecks(tx, database.kind, { workspaces: [ws] });
      const restored: Record<string, number> = {};
      const people = ((doc.people ?? []) as BackupRow[]).length;
      await withPeopleIndexesRebuilt(tx, database.kind, people, async () => {
        for (const t of order) {
          const rows = databaseRows(t, doc, ws);
          await insertTable(tx, database.kind, t, rows);
          restored[t.entry.key] = rows.length;
        }
      });
      return { restored, replaced: options.replace };
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const failure = databaseError(error);
    // A primary key taken: the row exists in another workspace (ours was empty or emptied).
    if (failure?.code === "23505" && /_pk(ey)?$/.test(failure.constraint ?? "")) {
      throw errors.conflict(
        "ids_in_use",
        "Rows of this backup already exist in another workspace of this installation (a restore keeps ids): restore it into another installation, or delete the original first.",
      );
    }
    if (failure && /^(22|23)/.test(failure.code)) {
      throw errors.badRequest("backup", `cannot be restored: ${failure.message}`);
    }
    throw error;
  }
}
