import { sql } from "drizzle-orm";
import type { FollowUpState } from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { queryRows, sequential } from "../../db/sql.ts";

/** How far back held meetings still matter to the rules (older ones only move M12). */
const RECENT_DAYS = 60;

/**
 * Loads what the follow-up rules need about these people (or the whole workspace when
 * `personIds` is null): their recent held meetings and debriefs, introductions, last
 * contact, planned meetings and existing follow-ups. A handful of set-based queries.
 */
export async function loadFollowUpFacts(
  db: Db,
  ws: string,
  personIds: string[] | null,
  timeZone: string,
  today: string,
): Promise<Omit<FollowUpState, "today" | "searchActive" | "defaultCadenceDays">> {
  const scope =
    personIds === null
      ? sql`true`
      : personIds.length === 0
        ? sql`false`
        : sql`p.id in ${personIds}`;
  // A person's last held meeting is kept on their row (last_contacted_at, migration 0013).
  const [meetings, introductions, people, planned, existing] = await sequential([
    () =>
      queryRows<FollowUpState["meetings"][number]>(
        db,
        sql`select m.id::text as id, m.status,
            to_char((coalesce(m.held_at, m.scheduled_at) at time zone ${timeZone})::date, 'YYYY-MM-DD') as day,
            array(select mp2.person_id::text from meeting_people mp2 where mp2.meeting_id = m.id order by mp2.position) as "personIds",
            coalesce(d.no_referral, false) as "noReferral"
          from meetings m left join debriefs d on d.meeting_id = m.id
          where m.workspace_id = ${ws} and m.status = 'held'
            and coalesce(m.held_at, m.scheduled_at) >= ${today}::date - ${RECENT_DAYS}::int
            and exists (select 1 from meeting_people mp join people p on p.id = mp.person_id
                        where mp.meeting_id = m.id and ${scope})`,
      ),
    () =>
      queryRows<FollowUpState["introductions"][number]>(
        db,
        sql`select i.id::text as id, i.from_person_id::text as "fromPersonId", i.to_person_id::text as "toPersonId", i.status,
            to_char((i.offered_at at time zone ${timeZone})::date, 'YYYY-MM-DD') as "offeredOn",
            to_char((i.to_ask_at at time zone ${timeZone})::date, 'YYYY-MM-DD') as "toAskOn",
            to_char((i.made_at at time zone ${timeZone})::date, 'YYYY-MM-DD') as "madeOn"
          from introductions i
          where i.workspace_id = ${ws} and i.status in ('offered', 'asked', 'to-ask', 'made')
            and exists (select 1 from people p where (p.id = i.from_person_id or p.id = i.to_person_id) and ${scope})`,
      ),
    () =>
      queryRows<FollowUpState["people"][number]>(
        db,
        sql`select p.id::text as id, p.cadence_days as "cadenceDays", p.follow_ups_paused as paused,
            to_char((greatest(
              p.last_contacted_at,
              (select max(sent_at) from messages x where x.person_id = p.id and x.status in ('sent', 'manual')),
              (select max(occurred_at) from contacts c where c.person_id = p.id)
            ) at time zone ${timeZone})::date, 'YYYY-MM-DD') as "lastContactOn"
          from people p
          where p.workspace_id = ${ws} and p.deleted_at is null and ${scope}`,
      ),
    () =>
      queryRows<{ id: string }>(
        db,
        sql`select distinct mp.person_id::text as id from meeting_people mp join meetings m on m.id = mp.meeting_id
          join people p on p.id = mp.person_id
          where m.workspace_id = ${ws} and m.status in ('planned', 'held') and ${scope}`,
      ),
    () =>
      queryRows<FollowUpState["existing"][number]>(
        db,
        sql`select f.source_key as "sourceKey", f.kind, f.status, f.due_on::text as "dueOn", f.closed_on::text as "closedOn"
          from follow_ups f join people p on p.id = f.person_id
          where f.workspace_id = ${ws} and ${scope}`,
      ),
  ]);
  return {
    meetings,
    introductions,
    people,
    plannedMeetingPersonIds: planned.map((r) => r.id),
    existing,
  };
}
