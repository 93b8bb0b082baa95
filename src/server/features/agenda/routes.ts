import { createRoute, z } from "@hono/zod-openapi";
import { FollowUpView } from "../../../shared/api/followups.ts";
import { MeetingView } from "../../../shared/api/network.ts";
import { authOf } from "../../auth/middleware.ts";
import { createRouter, jsonResponse } from "../../http/openapi.ts";
import { getAgenda } from "./read.ts";

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
  async (c) =>
    c.json(await getAgenda(c.var.deps.database.db, authOf(c).workspaceId, c.var.deps.now()), 200),
);
