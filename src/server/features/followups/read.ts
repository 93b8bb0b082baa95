import { type SQL, sql } from "drizzle-orm";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import {
  CONVERSATIONS_COUNTED,
  DEFAULT_TEMPLATES,
  type DraftTemplate,
  type FollowUpKind,
  renderDraft,
} from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { queryRows, sequential } from "../../db/sql.ts";
import { getSettings, type Settings, todayIn } from "../settings/repo.ts";

type Row = {
  id: string;
  kind: FollowUpKind;
  personId: string;
  personName: string;
  givenName: string | null;
  email: string | null;
  meetingId: string | null;
  introductionId: string | null;
  dueOn: string;
  status: FollowUpView["status"];
  snoozedUntil: string | null;
  /** The day of the last held meeting with the person, as drafts write it. */
  lastMeetingDay: string | null;
  draft: DraftTemplate | null;
  message: FollowUpView["message"];
};

export type FollowUpFilter = {
  status?: FollowUpView["status"] | undefined;
  /** Due on or after this day; `before` bounds it above (exclusive). */
  from?: string | undefined;
  before?: string | undefined;
  personId?: string | undefined;
  ids?: string[] | undefined;
  personIds?: string[] | undefined;
  /** Only the monthly notes, or everything else. */
  kinds?: "stay-in-touch" | "others" | undefined;
  limit?: number | undefined;
};

/** A day as drafts write it ("March 4"), in the workspace's time zone. */
const draftDay = (col: SQL, timeZone: string) =>
  sql`trim(to_char((${col} at time zone ${timeZone}), 'FMMonth FMDD'))`;

const usesField = (t: DraftTemplate, field: string) =>
  t.subject.includes(`{${field}}`) || t.body.includes(`{${field}}`);

/** The first sentence of a text, short enough to quote in an e-mail. */
function firstSentence(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s+/)[0] ?? text;
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}

/**
 * Follow-ups with their drafts: the user's edited draft, or the workspace template rendered
 * from real data (the person, the meeting and what was learned there, the introduction, the
 * conversations since the last note — M11, M12). The facts are loaded in batches per page.
 */
export async function listFollowUps(
  db: Db,
  ws: string,
  filter: FollowUpFilter,
  now: Date,
): Promise<FollowUpView[]> {
  const [list] = await listFollowUpLists(db, ws, [filter], now);
  return list ?? [];
}

/**
 * The SQL conditions of one filter over `follow_ups f`, with "today" in the workspace's time
 * zone. Today's counts use them too, so a list and its count agree on what is open.
 */
export function followUpConditions(ws: string, filter: FollowUpFilter, today: string): SQL {
  const where: SQL[] = [sql`f.workspace_id = ${ws}`];
  // A snoozed follow-up whose day has come is due again.
  // Written so the open-follow-ups index (status due or snoozed, in due order) serves it.
  // Up to today every open one is due: the overdue count then tests nothing per entry.
  if (filter.status === "due" && filter.before !== undefined && filter.before <= today)
    where.push(sql`f.status in ('due', 'snoozed')`);
  else if (filter.status === "due")
    where.push(sql`f.status in ('due', 'snoozed') and (f.status = 'due' or f.due_on <= ${today})`);
  else if (filter.status === "snoozed")
    where.push(sql`f.status = 'snoozed' and f.due_on > ${today}`);
  else if (filter.status) where.push(sql`f.status = ${filter.status}`);
  if (filter.from) where.push(sql`f.due_on >= ${filter.from}`);
  if (filter.before) where.push(sql`f.due_on < ${filter.before}`);
  if (filter.personId) where.push(sql`f.person_id = ${filter.personId}`);
  if (filter.ids) where.push(filter.ids.length > 0 ? sql`f.id in ${filter.ids}` : sql`false`);
  if (filter.kinds === "stay-in-touch") where.push(sql`f.kind = 'stay-in-touch'`);
  if (filter.kinds === "others") where.push(sql`f.kind <> 'stay-in-touch'`);
  if (filter.personIds)
    where.push(filter.personIds.length > 0 ? sql`f.person_id in ${filter.personIds}` : sql`false`);
  return sql.join(where, sql` and `);
}

/**
 * Several lists of follow-ups at once (Today's overdue, due today, this week and monthly
 * notes): one statement reads every list's first rows, each in due order up to its own
 * limit, and the drafts' facts are loaded once for all of them.
 */
export async function listFollowUpLists(
  db: Db,
  ws: string,
  filters: readonly FollowUpFilter[],
  now: Date,
  // Today already holds the settings; other callers let the lists read them.
  known?: Settings,
): Promise<FollowUpView[][]> {
  const settings = known ?? (await getSettings(db, ws));
  const today = todayIn(settings.timeZone, now);
  // Each list picks its follow-ups alone; the people and messages are joined once outside.
  // Planning four arms that each joined people (and its many indexes) had cost more than
  // running them: ~27 ms against 16 on PGlite at 30k open follow-ups, 100k people.
  const selects = filters.map(
    (filter, k) =>
      sql`(select ${k}::int as list, f.id, f.kind, f.person_id, f.meeting_id, f.introduction_id,
          f.due_on, f.created_at, f.status, f.draft
        from follow_ups f
        where ${followUpConditions(ws, filter, today)}
        order by f.due_on, f.created_at, f.id
        limit ${filter.limit ?? 200})`,
  );
  const rows = await queryRows<Row & { list: number }>(
    db,
    sql`select f.list, f.id::text as id, f.kind, f.person_id::text as "personId", p.name as "personName",
          p.given_name as "givenName", p.emails[1] as email, f.meeting_id::text as "meetingId",
          f.introduction_id::text as "introductionId", f.due_on::text as "dueOn", f.status,
          case when f.status = 'snoozed' then f.due_on::text end as "snoozedUntil", f.draft,
          ${draftDay(sql`p.last_contacted_at`, settings.timeZone)} as "lastMeetingDay",
          (select json_build_object('id', m.id, 'status', m.status, 'sentAt', m.sent_at, 'lastError', m.last_error, 'attempts', m.attempts)
             from messages m where m.follow_up_id = f.id) as message
        from (${sql.join(selects, sql` union all `)}) f join people p on p.id = f.person_id
        order by f.list, f.due_on, f.created_at, f.id`,
  );
  if (rows.length === 0) return filters.map(() => []);
  const facts = await draftFacts(db, ws, rows, settings.timeZone, now);
  const views = presentRows(rows, facts, today);
  return filters.map((_, k) => views.filter((_, i) => rows[i]!.list === k));
}

function presentRows(
  rows: Row[],
  facts: Awaited<ReturnType<typeof draftFacts>>,
  today: string,
): FollowUpView[] {
  return rows.map((r) => {
    const template = facts.templates.get(r.kind) ?? DEFAULT_TEMPLATES[r.kind];
    const intro = r.introductionId ? facts.introductions.get(r.introductionId) : undefined;
    const meetingId = r.meetingId ?? null;
    const draft =
      r.draft ??
      renderDraft(template, {
        personName: r.personName,
        personGivenName: r.givenName,
        myName: facts.myName,
        meetingDay: meetingId ? (facts.meetings.get(meetingId) ?? null) : r.lastMeetingDay,
        insight:
          facts.insights.get(meetingId ?? "") ?? facts.personInsights.get(r.personId) ?? null,
        introducedName: intro?.toName ?? null,
        introducedOrganization: intro?.toOrganization ?? null,
        introducerName: intro?.fromName ?? null,
        topic: intro?.toOrganization ? `the work at ${intro.toOrganization}` : null,
        conversationsSince: facts.conversationsSince.get(r.personId) ?? 0,
        plannedCount: facts.plannedCount,
      });
    const effectiveStatus = r.status === "snoozed" && r.dueOn <= today ? "due" : r.status;
    return {
      id: r.id,
      kind: r.kind,
      personId: r.personId,
      personName: r.personName,
      meetingId,
      introductionId: r.introductionId,
      dueOn: r.dueOn,
      status: effectiveStatus,
      snoozedUntil: effectiveStatus === "snoozed" ? r.snoozedUntil : null,
      draft,
      draftEdited: r.draft !== null,
      to: r.email,
      message: r.message
        ? {
            ...r.message,
            sentAt: r.message.sentAt ? new Date(r.message.sentAt).toISOString() : null,
          }
        : null,
    };
  });
}

async function draftFacts(db: Db, ws: string, rows: Row[], timeZone: string, now: Date) {
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const templates = await queryRows<{ kind: FollowUpKind; subject: string; body: string }>(
    db,
    sql`select kind, subject, body from follow_up_templates where workspace_id = ${ws}`,
  );
  const templateOf = (kind: FollowUpKind) =>
    templates.find((t) => t.kind === kind) ?? DEFAULT_TEMPLATES[kind];
  const sinceIds = [
    ...new Set(
      rows
        .filter((r) => r.draft === null && usesField(templateOf(r.kind), "recentConversations"))
        .map((r) => r.personId),
    ),
  ];
  const meetingIds = [...new Set(rows.flatMap((r) => (r.meetingId ? [r.meetingId] : [])))];
  const introIds = [...new Set(rows.flatMap((r) => (r.introductionId ? [r.introductionId] : [])))];
  const [me, meetings, insights, personInsights, intros, since, planned] = await sequential([
    () =>
      queryRows<{ name: string }>(
        db,
        sql`select u.name from workspace_members wm join users u on u.id = wm.user_id where wm.workspace_id = ${ws} and wm.role = 'owner' limit 1`,
      ),
    () =>
      meetingIds.length === 0
        ? []
        : queryRows<{ id: string; day: string }>(
            db,
            sql`select id::text, ${draftDay(sql`coalesce(held_at, scheduled_at)`, timeZone)} as day from meetings where id in ${meetingIds}`,
          ),
    () =>
      meetingIds.length === 0
        ? []
        : queryRows<{ id: string; text: string }>(
            db,
            sql`select distinct on (meeting_id) meeting_id::text as id, text from insights where meeting_id in ${meetingIds} order by meeting_id, created_at`,
          ),
    () =>
      queryRows<{ id: string; text: string }>(
        db,
        sql`select distinct on (person_id) person_id::text as id, text from insights where person_id in ${personIds} order by person_id, created_at desc`,
      ),
    () =>
      introIds.length === 0
        ? []
        : queryRows<{
            id: string;
            fromName: string;
            toName: string;
            toOrganization: string | null;
          }>(
            db,
            sql`
      select i.id::text, f.name as "fromName", t.name as "toName", o.name as "toOrganization"
      from introductions i join people f on f.id = i.from_person_id join people t on t.id = i.to_person_id
      left join organizations o on o.id = t.organization_id where i.id in ${introIds}`,
          ),
    // M12: conversations held since the last note or meeting with each person, counted
    // up to a bound, and only for the drafts whose template says so. Counting within the
    // workspace's latest bound+1 held meetings gives the same bounded count for everyone
    // from one index read (it had been one index walk per person).
    () =>
      sinceIds.length === 0
        ? []
        : queryRows<{ id: string; n: number }>(
            db,
            sql`
      with recent as materialized (
        select m.held_at from meetings m where m.workspace_id = ${ws} and m.status = 'held'
        order by m.held_at desc limit ${CONVERSATIONS_COUNTED + 1}),
      s as (
        select p.id, coalesce(greatest(
          (select max(sent_at) from messages x where x.person_id = p.id and x.status in ('sent', 'manual')),
          p.last_contacted_at), '-infinity') as since
        from people p where p.workspace_id = ${ws} and p.id in ${sinceIds})
      select s.id::text, (select count(*)::int from recent r where r.held_at > s.since) as n
      from s`,
          ),
    // M12: meetings planned from today, counted up to the same bound, when a draft says it.
    () =>
      !rows.some((r) => r.draft === null && usesField(templateOf(r.kind), "plannedConversations"))
        ? []
        : queryRows<{ n: number }>(
            db,
            sql`select count(*)::int as n from (select 1 from meetings where workspace_id = ${ws}
                and status = 'planned' and scheduled_at >= ${now} limit ${CONVERSATIONS_COUNTED + 1}) c`,
          ),
  ]);
  return {
    myName: me[0]?.name ?? "",
    templates: new Map(templates.map((t) => [t.kind, { subject: t.subject, body: t.body }])),
    meetings: new Map(meetings.map((m) => [m.id, m.day])),
    insights: new Map(insights.map((i) => [i.id, firstSentence(i.text)])),
    personInsights: new Map(personInsights.map((i) => [i.id, firstSentence(i.text)])),
    introductions: new Map(intros.map((i) => [i.id, i])),
    conversationsSince: new Map(since.map((s) => [s.id, s.n])),
    plannedCount: planned[0]?.n ?? 0,
  };
}
