import { sql } from "drizzle-orm";
import type { DatabaseKind, Db } from "./connect.ts";
import { ident, queryRows, uuidArray } from "./sql.ts";

/** Rows per statement: big enough to amortise a round trip, small enough to stay cheap. */
export const BULK_CHUNK = 1000;

/**
 * Updates rows by id, ~1,000 per statement, from JSON objects keyed by column name: one
 * set-based UPDATE … FROM per chunk instead of one statement per row.
 */
export async function updateJsonRows(
  db: Db,
  table: string,
  columns: string[],
  rows: Array<Record<string, unknown> & { id: string }>,
  options: { workspaceId: string; extraSet?: string },
): Promise<void> {
  const set = columns.map((c) => `${ident(c)} = v.${ident(c)}`).join(", ");
  const extra = options.extraSet ? `, ${options.extraSet}` : "";
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    const chunk = JSON.stringify(rows.slice(i, i + BULK_CHUNK));
    await db.execute(
      sql`${sql.raw(`update ${ident(table)} t set ${set}${extra} from json_populate_recordset(null::${ident(table)}, `)}${chunk}::json) v where t.id = v.id and t.workspace_id = ${options.workspaceId}`,
    );
  }
}

/**
 * For the rest of the transaction, new entries of GIN indexes (the trigram search index)
 * wait in the index's pending list instead of being merged into its tree one row at a
 * time; the next vacuum merges them in bulk (autovacuum on PostgreSQL, the embedded
 * server's maintenance on PGlite, asked for after every import). Searches stay correct
 * meanwhile, reading the pending list as well. 30,000 imported people: ~0.4 s less on
 * PGlite and on PostgreSQL.
 */
export async function deferSearchIndexMerge(db: Db): Promise<void> {
  await db.execute(sql`set local gin_pending_list_limit = '256MB'`);
}

/**
 * Serialises bulk writes (imports, restores) to one workspace within a transaction: two
 * imports of the same file at once would otherwise both decide to create the same people.
 * Works on PGlite and on a PostgreSQL server shared by several app instances.
 */
export async function lockWorkspaceForBulkWrite(db: Db, workspaceId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`warmpath-bulk:${workspaceId}`}))`);
}

/** The rows outside a bulk write that its rows point at, by table (ids). */
export type HeldReferences = { workspaces?: string[]; organizations?: string[] };

const HELD_TABLES = { workspaces: "workspaces", organizations: "organizations" } as const;

/**
 * Locks the rows of `held` FOR KEY SHARE until the commit, as a foreign-key check does for
 * the row it finds, one statement per table. Answers whether every one of them is there.
 */
async function lockHeldRows(db: Db, held: HeldReferences): Promise<boolean> {
  for (const [key, table] of Object.entries(HELD_TABLES)) {
    const ids = [...new Set(held[key as keyof HeldReferences] ?? [])];
    if (ids.length === 0) continue;
    const [locked] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (select 1 from ${sql.raw(ident(table))}
          where id = any(${uuidArray(ids)}) for key share) s`,
    );
    if (locked?.n !== ids.length) return false;
  }
  return true;
}

/**
 * Skips the per-row foreign-key checks for the rest of the transaction
 * (session_replication_role = replica, as pg_restore --disable-triggers does). Each check is
 * a lookup of the referenced row: 30,000 imported people cost 60,000 of them, ~20 % of the
 * import on PGlite and ~0.4 s on PostgreSQL. Call it only where every reference was checked
 * by the writer: an import points at its own workspace and at organizations it resolved in
 * the same transaction; a restore refuses a backup whose references leave it
 * (parseBackup). The app's triggers still fire (they are ENABLE ALWAYS, migration 0017);
 * unique, not-null and check constraints still hold.
 *
 * A check also locks the row it finds (FOR KEY SHARE) until the commit, so that no other
 * transaction deletes it meanwhile. PGlite has one connection and needs no lock. On
 * PostgreSQL the rows of `held` (the references that lie outside the write: its own new rows
 * are invisible to others) are locked the same way, and the checks are skipped only when
 * every one of them is there and the role may change the setting (a superuser, or GRANT SET
 * ON PARAMETER session_replication_role); otherwise they run as usual. References the
 * writer finds later are held with holdReferences.
 */
export async function skipReferenceChecks(
  db: Db,
  kind: DatabaseKind,
  held: HeldReferences,
): Promise<void> {
  if (kind === "postgres") {
    const [allowed] = await queryRows<{ ok: boolean }>(
      db,
      sql`select has_parameter_privilege('session_replication_role', 'SET') as ok`,
    );
    if (!allowed?.ok || !(await lockHeldRows(db, held))) return;
  }
  await db.execute(sql`set local session_replication_role = replica`);
}

/**
 * More references for a write that skips its checks (skipReferenceChecks): on PostgreSQL
 * they are locked as a check would; if one of them is gone (deleted by another transaction
 * since the writer read it), the checks come back on for the rest of the transaction, and
 * the write fails on that reference as it would have without skipping.
 */
export async function holdReferences(
  db: Db,
  kind: DatabaseKind,
  held: HeldReferences,
): Promise<void> {
  if (kind === "pglite" || (await lockHeldRows(db, held))) return;
  await db.execute(sql`set local session_replication_role = origin`);
}

/** Below this many new people, building the indexes anew is not worth a thought. */
const REBUILD_MIN = 1000;

/**
 * On the embedded database, when a bulk write brings at least three times as many people as
 * the whole table holds (a new user's first import, a restore into a new installation),
 * drops the secondary indexes of `people` and of its search copy `people_search` for the
 * transaction and builds them again after `write`: one sorted build per index instead of an
 * entry per row, and no pending list left in the search index for vacuum to merge. The
 * primary key and unique indexes stay, so duplicates are still refused as they arrive. With
 * 30,000 people already there a rebuild would cost more than it saves, hence the ratio. The
 * definitions are read from the database, so the indexes come back exactly as the
 * migrations left them. Only on PGlite: on a server the drop would lock every workspace's
 * people until the commit.
 */
export async function withPeopleIndexesRebuilt<T>(
  db: Db,
  kind: DatabaseKind,
  incoming: number,
  write: () => Promise<T>,
): Promise<T> {
  if (kind !== "pglite" || incoming < REBUILD_MIN) return write();
  const limit = Math.floor(incoming / 3);
  const [{ existing } = { existing: limit }] = await queryRows<{ existing: number }>(
    db,
    sql`select count(*)::int as existing from (select 1 from people limit ${limit}) s`,
  );
  if (existing >= limit) return write();
  const indexes = await queryRows<{ name: string; definition: string }>(
    db,
    sql`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
        from pg_index i join pg_class c on c.oid = i.indexrelid
        where i.indrelid in ('people'::regclass, 'people_search'::regclass)
          and not i.indisunique and not i.indisprimary
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
          and i.indpred is null
        order by c.relname`,
  );
  for (const { name } of indexes) await db.execute(sql.raw(`drop index ${ident(name)}`));
  const result = await write();
  for (const { definition } of indexes) await db.execute(sql.raw(definition));
  return result;
}
