import { sql } from "drizzle-orm";
import { addDays } from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { queryRows } from "../../db/sql.ts";
import { followUpConditions, listFollowUpLists } from "../followups/read.ts";
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
  // Counts for every list in one query, over the same open follow-ups the lists read; drafts
  // are rendered only for the items shown.
  const open = followUpConditions(ws, { status: "due", before: weekEnd }, today);
  const [counts] = await queryRows<{
    overdue: number;
    today: number;
    week: number;
    monthly: number;
  }>(
    db,
    sql`select count(*) filter (where f.kind <> 'stay-in-touch' and f.due_on < ${today})::int as overdue,
          count(*) filter (where f.kind <> 'stay-in-touch' and f.due_on = ${today})::int as today,
          count(*) filter (where f.kind <> 'stay-in-touch' and f.due_on > ${today})::int as week,
          count(*) filter (where f.kind = 'stay-in-touch')::int as monthly
        from follow_ups f where ${open}`,
  );
  // Each list reads its own first items: with hundreds overdue, today's and this week's
  // follow-ups still show (one statement for the four lists, one pass for the drafts).
  const others = { status: "due", kinds: "others", limit: LIST_LIMIT } as const;
  const [overdue, dueToday, thisWeek, monthly] = await listFollowUpLists(
    db,
    ws,
    [
      { ...others, before: today },
      { ...others, from: today, before: tomorrow },
      { ...others, from: tomorrow, before: weekEnd },
      { status: "due", before: weekEnd, kinds: "stay-in-touch", limit: LIST_LIMIT },
    ],
    now,
    settings,
  );
  const items = await agendaMeetings(db, ws, now);
  return {
    today,
    overdue: overdue ?? [],
    dueToday: dueToday ?? [],
    thisWeek: thisWeek ?? [],
    stayInTouch: { count: counts?.monthly ?? 0, items: monthly ?? [] },
    counts: {
      overdue: counts?.overdue ?? 0,
      dueToday: counts?.today ?? 0,
      thisWeek: counts?.week ?? 0,
    },
    upcomingMeetings: items.filter((i) => !i.late).map((i) => i.item),
    awaitingDebrief: items.filter((i) => i.late).map((i) => i.item),
    searchActive: settings.searchActive,
  };
}
