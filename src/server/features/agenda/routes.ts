import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { FollowUpView } from "../../../shared/api/followups.ts";
import { MeetingView } from "../../../shared/api/network.ts";
import { addDays, bucketOf } from "../../../shared/followups/index.ts";
import { authOf } from "../../auth/middleware.ts";
import { queryRows } from "../../db/sql.ts";
import { createRouter, jsonResponse } from "../../http/openapi.ts";
import { listFollowUps } from "../followups/read.ts";
import { getSettings, todayIn } from "../settings/repo.ts";
import { agendaMeetings } from "./meeting-items.ts";

const MeetingItem = z.object({
  meeting: MeetingView,
  peopleNames: z.array(z.string()),
  prep: z.object({
    questions: z.number().int(),
    /** Questions that break M7 or M10. */
    forbidden: z.number().int(),
    /** How many of the six expected answers (A1–A6) are written; they serve every meeting. */
    answersWritten: z.number().int(),
  }),
});

/** Items shown per list; the counts tell how many there are in all. */
const LIST_LIMIT = 50;

export const AgendaView = z.object({
  today: z.string(),
  overdue: z.array(FollowUpView),
  dueToday: z.array(FollowUpView),
  thisWeek: z.array(FollowUpView),
  /** M12: the monthly notes due within the week, as one batch. */
  stayInTouch: z.object({ count: z.number().int(), items: z.array(FollowUpView) }),
  /** How many follow-ups each list holds in all (the lists show the first ones). */
  counts: z.object({
    overdue: z.number().int(),
    dueToday: z.number().int(),
    thisWeek: z.number().int(),
  }),
  upcomingMeetings: z.array(MeetingItem),
  awaitingDebrief: z.array(MeetingItem),
  searchActive: z.boolean(),
});

export const agendaRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/agenda",
    tags: ["Follow-ups"],
    summary:
      "Today: overdue, due today, this week; the monthly notes as one batch; meetings coming up and waiting for a debrief",
    responses: { 200: jsonResponse(AgendaView, "The agenda") },
  }),
  async (c) => {
    const ws = authOf(c).workspaceId;
    const { db } = c.var.deps.database;
    const now = c.var.deps.now();
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
    const before = addDays(today, 8);
    const [others, monthly] = await Promise.all([
      listFollowUps(db, ws, { status: "due", before, kinds: "others", limit: LIST_LIMIT * 3 }, now),
      listFollowUps(
        db,
        ws,
        { status: "due", before, kinds: "stay-in-touch", limit: LIST_LIMIT },
        now,
      ),
    ]);
    const items = await agendaMeetings(db, ws, now);
    return c.json(
      {
        today,
        overdue: others.filter((f) => bucketOf(f.dueOn, today) === "overdue").slice(0, LIST_LIMIT),
        dueToday: others.filter((f) => bucketOf(f.dueOn, today) === "today").slice(0, LIST_LIMIT),
        thisWeek: others.filter((f) => bucketOf(f.dueOn, today) === "week").slice(0, LIST_LIMIT),
        stayInTouch: { count: counts?.monthly ?? 0, items: monthly },
        counts: {
          overdue: counts?.overdue ?? 0,
          dueToday: counts?.today ?? 0,
          thisWeek: counts?.week ?? 0,
        },
        upcomingMeetings: items.filter((i) => !i.late).map((i) => i.item),
        awaitingDebrief: items.filter((i) => i.late).map((i) => i.item),
        searchActive: settings.searchActive,
      },
      200,
    );
  },
);
