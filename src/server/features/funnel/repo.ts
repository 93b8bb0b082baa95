import { sql } from "drizzle-orm";
import type { Funnel } from "../../../shared/api/network.ts";
import type { Db } from "../../db/connect.ts";
import { derivedJson } from "../../db/derived.ts";
import { queryRows } from "../../db/sql.ts";

/**
 * The funnel of M2 in one statement: informational meetings → introductions → decision-makers
 * → job interviews (offers join when outcomes are recorded). An introduction counts as offered once it
 * was offered, whatever happened next.
 */
export async function funnelCounts(db: Db, ws: string): Promise<Funnel> {
  const rows = await queryRows<Funnel>(
    db,
    sql`
    select
      (select count(*)::int from meetings where workspace_id = ${ws} and kind = 'informational' and status = 'held') as "meetingsHeld",
      (select count(*)::int from meetings where workspace_id = ${ws} and kind = 'informational' and status = 'planned') as "meetingsPlanned",
      (select count(*)::int from introductions where workspace_id = ${ws} and offered_at is not null) as "introductionsOffered",
      (select count(*)::int from introductions where workspace_id = ${ws} and status = 'to-ask') as "introductionsToAsk",
      (select count(*)::int from introductions where workspace_id = ${ws} and status = 'made') as "introductionsMade",
      (select count(*)::int from people where workspace_id = ${ws} and can_hire and deleted_at is null) as "decisionMakersKnown",
      (select count(distinct p.id)::int from people p
         join meeting_people mp on mp.person_id = p.id
         join meetings m on m.id = mp.meeting_id and m.status = 'held'
         where p.workspace_id = ${ws} and p.can_hire) as "decisionMakersMet",
      (select count(*)::int from meetings where workspace_id = ${ws} and kind = 'job-interview' and status = 'held') as "jobInterviews",
      (select count(*)::int from meetings where workspace_id = ${ws} and kind = 'job-interview' and status = 'planned') as "jobInterviewsPlanned"`,
  );
  return rows[0]!;
}

/**
 * The funnel as served: counting 100,000 meetings and 150,000 introductions takes ~0.2 s on
 * the embedded database, and every input is a network table, so the counts are stored per
 * network version like the paths (decision 0009).
 */
export const funnelJson = (db: Db, ws: string) =>
  derivedJson(db, ws, "funnel@2", () => funnelCounts(db, ws));
