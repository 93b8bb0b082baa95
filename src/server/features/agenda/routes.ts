import { createRoute, z } from "@hono/zod-openapi";
import { sql } from "drizzle-orm";
import { FollowUpView } from "../../../shared/api/followups.ts";
import { MeetingView } from "../../../shared/api/network.ts";
import { addDays, bucketOf } from "../../../shared/followups/index.ts";
import { authOf } from "../../auth/middleware.ts";
import { queryRows } from "../../db/sql.ts";
import { createRouter, jsonResponse } from "../../http/openapi.ts";
import { listFollowUps } from "../followups/read.ts";
import { presentMeeting } from "../meetings/present.ts";
import { getMeeting } from "../meetings/repo.ts";
import { getSettings, todayIn } from "../settings/repo.ts";

const MeetingItem = z.object({
  meeting: MeetingView,
  peopleNames: z.array(z.string()),
  prep: z.object({
    questions: z.number().int(),
    forbidden: z.number().int(),
    answersWritten: z.number().int(),
  }),
});

export const AgendaView = z.object({
  today: z.string(),
  overdue: z.array(FollowUpView),
  dueToday: z.array(FollowUpView),
  thisWeek: z.array(FollowUpView),
  /** M12: the monthly notes due within the week, as one batch. */
  stayInTouch: z.object({ count: z.number().int(), items: z.array(FollowUpView) }),
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
    const due = await listFollowUps(
      db,
      ws,
      { status: "due", before: addDays(today, 8), limit: 1000 },
      now,
    );
    const [monthly, others] = [
      due.filter((f) => f.kind === "stay-in-touch"),
      due.filter((f) => f.kind !== "stay-in-touch"),
    ];
    const meetingRows = await queryRows<{ id: string; late: boolean }>(
      db,
      sql`select id::text, scheduled_at < ${now} as late from meetings
          where workspace_id = ${ws} and status = 'planned' and scheduled_at < ${now}::timestamptz + interval '14 days'
            and scheduled_at > ${now}::timestamptz - interval '60 days'
          order by scheduled_at limit 50`,
    );
    const items = await Promise.all(
      meetingRows.map(async (r) => {
        const meeting = (await getMeeting(db, ws, r.id))!;
        const [facts] = await queryRows<{
          names: string[];
          questions: number;
          forbidden: number;
          answers: number;
        }>(
          db,
          sql`select array(select p.name from meeting_people mp join people p on p.id = mp.person_id where mp.meeting_id = ${r.id} order by mp.position) as names,
                (select count(*)::int from meeting_questions q where q.meeting_id = ${r.id}) as questions, 0 as forbidden,
                (select count(*)::int from answers a where a.workspace_id = ${ws} and a.text <> '') as answers`,
        );
        return {
          late: r.late,
          item: {
            meeting: presentMeeting(meeting),
            peopleNames: facts?.names ?? [],
            prep: {
              questions: facts?.questions ?? 0,
              forbidden: facts?.forbidden ?? 0,
              answersWritten: facts?.answers ?? 0,
            },
          },
        };
      }),
    );
    return c.json(
      {
        today,
        overdue: others.filter((f) => bucketOf(f.dueOn, today) === "overdue"),
        dueToday: others.filter((f) => bucketOf(f.dueOn, today) === "today"),
        thisWeek: others.filter((f) => bucketOf(f.dueOn, today) === "week"),
        stayInTouch: { count: monthly.length, items: monthly },
        upcomingMeetings: items.filter((i) => !i.late).map((i) => i.item),
        awaitingDebrief: items.filter((i) => i.late).map((i) => i.item),
        searchActive: settings.searchActive,
      },
      200,
    );
  },
);
