import { and, desc, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { people } from "../../db/schema/index.ts";
import { isoUtcMicros } from "../../db/sql.ts";

/** The two parts of "Recently contacted", in order; a cursor names the part it is in. */
export const CONTACTED_PHASES = ["met", "added"] as const;
type Phase = (typeof CONTACTED_PHASES)[number];

const PARTS = {
  met: { column: people.lastContactedAt, only: sql`${people.lastContactedAt} is not null` },
  added: { column: people.createdAt, only: sql`${people.lastContactedAt} is null` },
} satisfies Record<Phase, unknown>;

/** Up to `take` people of one part, newest first, after the cursor's row when given. */
async function readPart(
  db: Db,
  where: SQL[],
  phase: Phase,
  after: Array<string | null> | null,
  take: number,
) {
  const { column, only } = PARTS[phase];
  const conditions = [...where, only];
  if (after) {
    conditions.push(sql`(${column}, ${people.id}) < (${after[1]}::timestamptz, ${after[2]}::uuid)`);
  }
  const rows = await db
    .select({ id: people.id, key: isoUtcMicros(column) })
    .from(people)
    .where(and(...conditions))
    .orderBy(desc(column), desc(people.id))
    .limit(take);
  return rows.map((r) => ({ ...r, phase }));
}

/**
 * "Recently contacted": the people met, the last met first (people_ws_contacted_idx, which
 * holds only them, so an import adds nothing to it); then everyone never met, the last
 * added first (people_ws_created_idx). Keyset on each part; the cursor is [part, time, id].
 */
export async function contactedPage(
  db: Db,
  where: SQL[],
  after: Array<string | null> | null,
  limit: number,
): Promise<{ ids: string[]; next: Array<string | null> | null }> {
  const phase: Phase = after?.[0] === "added" ? "added" : "met";
  const found = phase === "met" ? await readPart(db, where, "met", after, limit + 1) : [];
  if (found.length <= limit) {
    const from = phase === "added" ? after : null;
    found.push(...(await readPart(db, where, "added", from, limit + 1 - found.length)));
  }
  const page = found.slice(0, limit);
  const last = page.at(-1);
  return {
    ids: page.map((r) => r.id),
    next: found.length > limit && last ? [last.phase, last.key, last.id] : null,
  };
}
