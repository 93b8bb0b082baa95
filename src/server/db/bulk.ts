import { sql } from "drizzle-orm";
import type { DatabaseKind, Db } from "./connect.ts";
import { ident, queryRows } from "./sql.ts";

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

/**
 * On the embedded database, skips the per-row foreign-key checks for the rest of the
 * transaction (session_replication_role = replica, as pg_restore --disable-triggers does).
 * Each check is a lookup of the referenced row: 30,000 imported people cost 60,000 of them,
 * ~20 % of the import. Call it only where every reference was checked by the writer: an
 * import points at its own workspace and at organizations it resolved in the same
 * transaction; a restore refuses a backup whose references leave it (parseBackup). The
 * app's triggers still fire (they are ENABLE ALWAYS, migration 0017); unique, not-null and
 * check constraints still hold. Only on PGlite: it has one connection, so nothing can delete
 * a referenced row before the commit, which on a server only the check's row lock prevents
 * (and the setting needs a superuser there).
 */
export async function skipReferenceChecks(db: Db, kind: DatabaseKind): Promise<void> {
  if (kind !== "pglite") return;
  await db.execute(sql`set local session_replication_role = replica`);
}

/** The people search index (trigram GIN, migration 0011). */
export const SEARCH_INDEX = "people_ws_search_trgm_idx";

/** Below this many new people, building the indexes anew is not worth a thought. */
const REBUILD_MIN = 1000;

/**
 * On the embedded database, when a bulk write brings at least three times as many people as
 * the whole table holds (a new user's first import, a restore into a new installation),
 * drops the secondary indexes of `people` for the transaction and builds them again after
 * `write`: one sorted build per index instead of an entry per row, and no pending list left
 * in the search index for vacuum to merge. The primary key and unique indexes stay, so
 * duplicates are still refused as they arrive. With 30,000 people already there a rebuild
 * would cost more than it saves, hence the ratio. The definitions are read from the
 * database, so the indexes come back exactly as the migrations left them. Only on PGlite:
 * on a server the drop would lock every workspace's people until the commit.
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
        where i.indrelid = 'people'::regclass and not i.indisunique and not i.indisprimary
          and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
          and i.indpred is null
        order by c.relname`,
  );
  for (const { name } of indexes) await db.execute(sql.raw(`drop index ${ident(name)}`));
  const result = await write();
  for (const { definition } of indexes) await db.execute(sql.raw(definition));
  return result;
}
