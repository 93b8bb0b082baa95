import { sql } from "drizzle-orm";
import type { Db } from "./connect.ts";
import { queryRows } from "./sql.ts";

/**
 * A network view (paths to decision-makers or to target organizations, the funnel) as a JSON document,
 * computed once per network version and then read as one row (decision 0009). The version
 * is read before computing: if a write lands meanwhile, the stored result carries the older
 * version and the next read computes again, so a stale result is never served. Two
 * instances computing at once both store; the newer version wins.
 *
 * `key` names the view and the shape of its result: change it when the computation changes.
 */
export async function derivedJson(
  db: Db,
  ws: string,
  key: string,
  compute: () => Promise<unknown>,
): Promise<string> {
  const [row] = await queryRows<{ current: string | null; stored: string | null; body: string }>(
    db,
    sql`
    select v.version::text as "current", d.version::text as "stored", d.body
    from (select ${ws}::uuid as id) w
    left join network_versions v on v.workspace_id = w.id
    left join derived_results d on d.workspace_id = w.id and d.key = ${key}`,
  );
  const current = Number(row?.current ?? 0);
  if (row?.stored !== null && row?.stored !== undefined && Number(row.stored) === current) {
    return row.body;
  }
  const body = JSON.stringify(await compute());
  await db.execute(sql`
    insert into derived_results (workspace_id, key, version, body)
    values (${ws}, ${key}, ${current}, ${body})
    on conflict (workspace_id, key) do update
      set version = excluded.version, body = excluded.body, computed_at = now()
      where derived_results.version <= excluded.version`);
  return body;
}
