import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { queryRows } from "../../db/sql.ts";

/**
 * Longest chain considered. A referral that needs more than eight introductions in a row is
 * not a practical path, and the bound keeps cycles from lengthening the walk.
 */
export const MAX_HOPS = 8;

export type ChainRow = { targetId: string; path: string[]; complete: boolean };

/**
 * Shortest introduction chains, computed in the database. Walks backwards from each target
 * person along introductions that were not declined, until it reaches someone the job seeker
 * knew directly (nobody introduced them: no non-declined introduction leads to them). The
 * path array both carries the chain and stops cycles; several parents simply give several
 * walks, of which the shortest wins (ties broken by the ids, so the answer is stable).
 *
 * `targets` is a SQL query returning the `id`s to reach.
 */
export async function shortestChains(db: Db, ws: string, targets: SQL): Promise<ChainRow[]> {
  // Each step of the walk touches a handful of edges: index lookups beat the hash join the
  // planner picks from its row estimate (one hash of every introduction per step).
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_hashjoin = off`);
    await tx.execute(sql`set local enable_mergejoin = off`);
    return walk(tx as unknown as Db, ws, targets);
  });
}

function walk(db: Db, ws: string, targets: SQL): Promise<ChainRow[]> {
  return queryRows<ChainRow>(
    db,
    sql`
    with recursive walk(target_id, node_id, path, complete) as (
      select t.id, t.id, array[t.id], true from (${targets}) t
      union all
      select w.target_id, i.from_person_id, i.from_person_id || w.path,
             w.complete and i.status = 'made'
      from walk w
      join introductions i
        on i.to_person_id = w.node_id and i.workspace_id = ${ws} and i.status <> 'declined'
      where cardinality(w.path) <= ${MAX_HOPS}
        and i.from_person_id <> all(w.path)
    )
    select distinct on (w.target_id)
      w.target_id::text as "targetId",
      w.path::text[] as "path",
      w.complete as "complete"
    from walk w
    where not exists (
      select 1 from introductions x
      where x.to_person_id = w.node_id and x.status <> 'declined'
    )
    order by w.target_id, cardinality(w.path), w.path::text[]`,
  );
}

/** Decision-makers (M1) of the workspace, with their organization and whether they were met. */
export async function decisionMakers(db: Db, ws: string) {
  return queryRows<{ id: string; organizationId: string | null; met: boolean }>(
    db,
    sql`
    select p.id::text as "id", p.organization_id::text as "organizationId",
      coalesce(held.met, false) as "met"
    from people p
    -- One index probe per decision-maker; as an EXISTS the planner hashes every held meeting.
    left join lateral (
      select true as met from meeting_people mp join meetings m on m.id = mp.meeting_id
      where mp.person_id = p.id and m.status = 'held' limit 1
    ) held on true
    where p.workspace_id = ${ws} and p.can_hire and p.deleted_at is null`,
  );
}

export const decisionMakerTargets = (ws: string) =>
  sql`select id from people where workspace_id = ${ws} and can_hire and deleted_at is null`;

/**
 * Target organizations where no decision-maker has been met yet, with the live people known
 * inside them.
 */
export async function unreachedTargetOrganizations(db: Db, ws: string) {
  return queryRows<{ organizationId: string; peopleIds: string[] }>(
    db,
    sql`
    select o.id::text as "organizationId",
      coalesce(array(select p.id::text from people p
        where p.workspace_id = ${ws} and p.organization_id = o.id and p.deleted_at is null
        order by p.id), '{}') as "peopleIds"
    from organizations o
    where o.workspace_id = ${ws} and o.is_target
      and not exists (
        select 1 from people d
        join meeting_people mp on mp.person_id = d.id
        join meetings m on m.id = mp.meeting_id and m.status = 'held'
        where d.workspace_id = ${ws} and d.organization_id = o.id and d.can_hire
      )
    order by lower(o.name), o.id`,
  );
}

/** `ids` must not be empty. */
export const peopleTargets = (ws: string, ids: string[]) =>
  sql`select id from people where workspace_id = ${ws} and id in ${ids}`;
