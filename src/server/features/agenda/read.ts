import { sql } from "drizzle-orm";
import { addDays } from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { queryRows } from "../../db/sql.ts";
import { listFollowUpLists } from "../followups/read.ts";
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
  // Counts for every list in one query; drafts are rendered only for the items shown.
  const [counts] = await queryRows<{
    overdue: number;
    today: number;
    week: number;
    monthly: number;
  }>(
    db,
    sql`select count(*) filter (where kind <> 'stay-in-touch' and due_on < ${today})::int as overdue,
          count(*) filter (where kind <> 'stay-in-touch' and due_on = ${today})::int as today,
          count(*) filter (where kind <> 'stay-in-touch' and due_on > ${today})::int as week,
          count(*) filter (where kind = 'stay-in-touch')::int as monthly
        from follow_ups
        where workspace_id = ${ws} and due_on < ${addDays(today, 8)}
          and status in ('due', 'snoozed') and (status = 'due' or due_on <= ${today})`,
  );
  // Each list reads its own first items: with hundreds overdue, today's and this week's
  // follow-ups still show (one statement for the four lists, one pass for the drafts).
  const tomorrow = addDays(today, 1);
  const [overdue, dueToday, thisWeek, monthly] = await listFollowUpLists(
    db,
    ws,
    [
      { status: "due", before: today, kinds: "others", limit: LIST_LIMIT },
      { status: "due", from: today, before: tomorrow, kinds: "others", limit: LIST_LIMIT },
      {
        status: "due",
        from: tomorrow,
        before: addDays(today, 8),
        kinds: "others",
        limit: LIST_LIMIT,
      },
      { status: "due", before: addDays(today, 8), kinds: "stay-in-touch", limit: LIST_LIMIT },
    ],
    now,
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
