import { sql } from "drizzle-orm";
import { addDays } from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { queryRows } from "../../db/sql.ts";
import { type FollowUpFilter, followUpConditions, listFollowUpLists } from "../followups/read.ts";
import { getSettings, todayIn } from "../settings/repo.ts";
import { agendaMeetings } from "./meeting-items.ts";

/** Items shown per list; the counts tell how many there are in all. */
const LIST_LIMIT = 50;

/**
 * Today (M11, M12): overdue, due today and this week, the monthly notes as one batch, and
 * the meetings coming up or waiting for a debrief. The route and the benchmark's floor both
 * call this, so the floor is the same work without HTTP.
 */
export async function getAgenda(db: Db, ws: string, now: Date) {
  const settings = await getSettings(db, ws);
  const today = todayIn(settings.timeZone, now);
  const tomorrow = addDays(today, 1);
  const weekEnd = addDays(today, 8);
  const others = { status: "due", kinds: "others", limit: LIST_LIMIT } as const;
  const lists: FollowUpFilter[] = [
    { ...others, before: today },
    { ...others, from: today, before: tomorrow },
    { ...others, from: tomorrow, before: weekEnd },
    { status: "due", before: weekEnd, kinds: "stay-in-touch", limit: LIST_LIMIT },
  ];
  // Each list counted with its own conditions, so a list and its count agree on what is
  // open; each count is a range of one partial index (migration 0015).
  const [counts] = await queryRows<{ n: number[] }>(
    db,
    sql`select array[${sql.join(
      lists.map(
        (filter) =>
          sql`(select count(*)::int from follow_ups f where ${followUpConditions(ws, filter, today)})`,
      ),
      sql`, `,
    )}] as n`,
  );
  const [overdueCount, todayCount, weekCount, monthlyCount] = counts?.n ?? [];
  // Each list reads its own first items: with hundreds overdue, today's and this week's
  // follow-ups still show (one statement for the four lists, one pass for the drafts).
  const [overdue, dueToday, thisWeek, monthly] = await listFollowUpLists(
    db,
    ws,
    lists,
    now,
    settings,
  );
  const items = await agendaMeetings(db, ws, now);
  return {
    today,
    overdue: overdue ?? [],
    dueToday: dueToday ?? [],
    thisWeek: thisWeek ?? [],
    stayInTouch: { count: monthlyCount ?? 0, items: monthly ?? [] },
    counts: {
      overdue: overdueCount ?? 0,
      dueToday: todayCount ?? 0,
      thisWeek: weekCount ?? 0,
    },
    upcomingMeetings: items.filter((i) => !i.late).map((i) => i.item),
    awaitingDebrief: items.filter((i) => i.late).map((i) => i.item),
    searchActive: settings.searchActive,
  };
}
