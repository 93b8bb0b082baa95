import { createRoute } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { IdParam } from "../../../shared/api/common.ts";
import { DebriefInput, DebriefView } from "../../../shared/api/followups.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import type { Db } from "../../db/connect.ts";
import { debriefs, insights } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { listFollowUps } from "../followups/read.ts";
import { presentInsight } from "../insights/present.ts";
import { presentIntroduction } from "../introductions/present.ts";
import { listIntroductions } from "../introductions/repo.ts";
import { presentMeeting } from "../meetings/present.ts";
import { getMeeting } from "../meetings/repo.ts";
import { submitDebrief } from "./service.ts";

const tags = ["Debrief"];

async function debriefView(db: Db, ws: string, meetingId: string, now: Date) {
  const meeting = await getMeeting(db, ws, meetingId);
  if (!meeting) throw errors.notFound("Meeting");
  const [debrief] = await db
    .select()
    .from(debriefs)
    .where(and(eq(debriefs.workspaceId, ws), eq(debriefs.meetingId, meetingId)));
  if (!debrief) throw errors.notFound("Debrief");
  const [learned, intros] = await Promise.all([
    db
      .select()
      .from(insights)
      .where(and(eq(insights.workspaceId, ws), eq(insights.meetingId, meetingId)))
      .orderBy(insights.createdAt),
    listIntroductions(db, ws, { meetingId }),
  ]);
  // The follow-ups this meeting led to: with the people met and the people introduced.
  const involved = [
    ...new Set([...meeting.personIds, ...intros.flatMap((i) => [i.fromPersonId, i.toPersonId])]),
  ];
  const followUps = (await listFollowUps(db, ws, { personIds: involved, limit: 500 }, now)).filter(
    (f) =>
      f.meetingId === meetingId ||
      intros.some((i) => i.id === f.introductionId) ||
      f.kind === "stay-in-touch",
  );
  return {
    meeting: presentMeeting(meeting),
    debrief: {
      heldAt: debrief.heldAt.toISOString(),
      noReferral: debrief.noReferral,
      notes: debrief.notes,
    },
    insights: learned.map(presentInsight),
    introductions: intros.map(presentIntroduction),
    followUps,
  };
}

export const debriefRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/meetings/{id}/debrief",
      tags,
      summary:
        "Record what the meeting produced: insights (M13) and referrals (M11); derives the follow-ups",
      description:
        'Marks the meeting held. `introductions` offered or to ask (a new person can be given inline as `toPerson`); an empty list records "no referral" (a check-in in 7 days). Due dates count from `heldAt`. Submitting again updates everything, without duplicates. One transaction: unknown or foreign ids write nothing.',
      request: { params: IdParam, body: jsonBody(DebriefInput) },
      responses: {
        200: jsonResponse(DebriefView, "The debrief and the follow-ups it created"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { id } = c.req.valid("param");
      const { database, now } = c.var.deps;
      await submitDebrief(database.db, ws, id, c.req.valid("json"), now());
      return c.json(await debriefView(database.db, ws, id, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/debrief",
      tags,
      summary: "The meeting's debrief",
      request: { params: IdParam },
      responses: { 200: jsonResponse(DebriefView, "The debrief"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await debriefView(
          c.var.deps.database.db,
          authOf(c).workspaceId,
          c.req.valid("param").id,
          c.var.deps.now(),
        ),
        200,
      ),
  );
