import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { meetings } from "../../db/schema/index.ts";
import { queryRows } from "../../db/sql.ts";
import { methodEngine } from "../../method-engine.ts";
import { presentMeeting } from "../meetings/present.ts";
import { personIds } from "../meetings/repo.ts";

/** The findings that make a question one not to ask (M7, M10). */
const FORBIDDEN = new Set([
  "asks-about-jobs",
  "asks-what-they-look-for",
  "answerable-from-website",
]);

/** Meetings shown on Today: coming up within two weeks, or held without a debrief for 60 days. */
const MEETINGS_SHOWN = 50;

const peopleNames = sql<string[]>`array(select p.name from meeting_people mp
  join people p on p.id = mp.person_id where mp.meeting_id = "meetings"."id" order by mp.position)`;
const questionTexts = sql<string[]>`array(select q.text from meeting_questions q
  where q.meeting_id = "meetings"."id" order by q.position)`;

/**
 * Planned meetings around today with what Today shows of their preparation, in two queries
 * whatever their number. Each distinct question is linted once: the same library questions
 * recur across meetings.
 */
export async function agendaMeetings(db: Db, ws: string, now: Date) {
  const rows = await db
    .select({
      meeting: meetings,
      personIds,
      peopleNames,
      questions: questionTexts,
      late: sql<boolean>`${meetings.scheduledAt} < ${now}`,
    })
    .from(meetings)
    .where(
      and(
        eq(meetings.workspaceId, ws),
        eq(meetings.status, "planned"),
        sql`${meetings.scheduledAt} < ${now}::timestamptz + interval '14 days'`,
        sql`${meetings.scheduledAt} > ${now}::timestamptz - interval '60 days'`,
      ),
    )
    .orderBy(meetings.scheduledAt)
    .limit(MEETINGS_SHOWN);
  const [answers] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from answers a
        where a.workspace_id = ${ws} and a.kind <> 'custom' and a.text <> ''`,
  );
  const distinct = [...new Set(rows.flatMap((r) => r.questions))];
  const engine = distinct.length > 0 ? await methodEngine() : null;
  const forbidden = new Set(
    distinct.filter((q) => engine?.lintQuestion(q).findings.some((f) => FORBIDDEN.has(f.rule))),
  );
  return rows.map((r) => ({
    late: r.late,
    item: {
      meeting: presentMeeting({ ...r.meeting, personIds: r.personIds }),
      peopleNames: r.peopleNames,
      prep: {
        questions: r.questions.length,
        forbidden: r.questions.filter((q) => forbidden.has(q)).length,
        answersWritten: answers?.n ?? 0,
      },
    },
  }));
}
