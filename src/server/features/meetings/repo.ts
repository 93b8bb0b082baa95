import { and, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { meetingPeople, meetings } from "../../db/schema/index.ts";
import { isoUtcMicros } from "../../db/sql.ts";

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingRecord = MeetingRow & { personIds: string[] };

// The outer table is named explicitly (drizzle leaves single-table columns unqualified).
/** The meeting's people in their order, as a column of a select from `meetings`. */
export const personIds = sql<string[]>`array(select mp.person_id::text from meeting_people mp
  where mp.meeting_id = "meetings"."id" order by mp.position)`;

function toRecord(r: { meeting: MeetingRow; personIds: string[] }): MeetingRecord {
  return { ...r.meeting, personIds: r.personIds };
}

export async function getMeeting(
  db: Db,
  ws: string,
  id: string,
): Promise<MeetingRecord | undefined> {
  const [row] = await db
    .select({ meeting: meetings, personIds })
    .from(meetings)
    .where(and(eq(meetings.workspaceId, ws), eq(meetings.id, id)));
  return row ? toRecord(row) : undefined;
}

export type MeetingFilter = {
  personId?: string | undefined;
  organizationId?: string | undefined;
  status?: MeetingRow["status"] | undefined;
  when: "upcoming" | "past" | "all";
};

/**
 * Meetings in time order: upcoming ones soonest first, past (and all) most recent first.
 * Keyset pagination on (scheduled_at, id).
 */
export async function listMeetings(
  db: Db,
  ws: string,
  filter: MeetingFilter,
  now: Date,
  after: Array<string | null> | null,
  limit: number,
): Promise<{ rows: MeetingRecord[]; next: Array<string | null> | null }> {
  const where: SQL[] = [sql`${meetings.workspaceId} = ${ws}`];
  if (filter.personId) {
    where.push(sql`exists (select 1 from ${meetingPeople} where ${meetingPeople.meetingId} = ${meetings.id}
      and ${meetingPeople.personId} = ${filter.personId})`);
  }
  if (filter.organizationId) where.push(sql`${meetings.organizationId} = ${filter.organizationId}`);
  if (filter.status) where.push(sql`${meetings.status} = ${filter.status}`);
  if (filter.when === "upcoming") where.push(sql`${meetings.scheduledAt} >= ${now}`);
  if (filter.when === "past") where.push(sql`${meetings.scheduledAt} < ${now}`);
  const asc = filter.when === "upcoming";
  if (after) {
    const cmp = asc ? sql`>` : sql`<`;
    where.push(
      sql`(${meetings.scheduledAt}, ${meetings.id}) ${cmp} (${after[0]}::timestamptz, ${after[1]}::uuid)`,
    );
  }
  const rows = await db
    .select({ meeting: meetings, personIds, at: isoUtcMicros(meetings.scheduledAt) })
    .from(meetings)
    .where(and(...where))
    .orderBy(
      ...(asc
        ? [sql`${meetings.scheduledAt} asc`, sql`${meetings.id} asc`]
        : [sql`${meetings.scheduledAt} desc`, sql`${meetings.id} desc`]),
    )
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page.map(toRecord),
    next: rows.length > limit && last ? [last.at, last.meeting.id] : null,
  };
}

/** Replaces the people of a meeting, keeping the given order. */
export async function setMeetingPeople(db: Db, ws: string, meetingId: string, ids: string[]) {
  await db.delete(meetingPeople).where(eq(meetingPeople.meetingId, meetingId));
  if (ids.length === 0) return;
  await db
    .insert(meetingPeople)
    .values(ids.map((personId, position) => ({ meetingId, personId, workspaceId: ws, position })));
}
