import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { IdSchema } from "../../../shared/api/common.ts";
import { InsightView } from "../../../shared/api/followups.ts";
import { authOf } from "../../auth/middleware.ts";
import { insights } from "../../db/schema/index.ts";
import { createRouter, errorResponses, jsonResponse } from "../../http/openapi.ts";
import { presentInsight } from "./present.ts";

/** Text search ranks the newest matches, up to this many. */
const RANKED_MATCHES = 1000;

export const insightRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/insights",
    tags: ["Insights"],
    summary: "What was learned (M13): full-text search, by tag, person, organization or meeting",
    description:
      "With `q`, the best matches first, ranked among the 1,000 newest matching insights; without it, newest first.",
    request: {
      query: z.object({
        q: z.string().trim().max(200).optional(),
        tag: z.string().trim().toLowerCase().max(50).optional(),
        personId: IdSchema.optional(),
        organizationId: IdSchema.optional(),
        meetingId: IdSchema.optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    responses: {
      200: jsonResponse(z.array(InsightView), "Insights, best match (or newest) first"),
      400: errorResponses[400],
    },
  }),
  async (c) => {
    const q = c.req.valid("query");
    const where: SQL[] = [eq(insights.workspaceId, authOf(c).workspaceId) as SQL];
    if (q.q) where.push(sql`${insights.search} @@ websearch_to_tsquery('english', ${q.q})`);
    if (q.tag) where.push(sql`${insights.tags} @> array[${q.tag}]::text[]`);
    if (q.personId) where.push(eq(insights.personId, q.personId) as SQL);
    if (q.organizationId) where.push(eq(insights.organizationId, q.organizationId) as SQL);
    if (q.meetingId) where.push(eq(insights.meetingId, q.meetingId) as SQL);
    const db = c.var.deps.database.db;
    const newest = db
      .select()
      .from(insights)
      .where(and(...where))
      .orderBy(desc(insights.createdAt));
    if (!q.q) return c.json((await newest.limit(q.limit)).map(presentInsight), 200);
    // Ranked among the newest matches only: a common word matches tens of thousands of notes,
    // and ranking them all costs more than it tells (the newest are the ones that matter).
    const recent = newest.limit(RANKED_MATCHES).as("recent");
    const query = sql`websearch_to_tsquery('english', ${q.q})`;
    const rows = await db
      .select()
      .from(recent)
      .orderBy(sql`ts_rank(${recent.search}, ${query}) desc`, desc(recent.createdAt))
      .limit(q.limit);
    return c.json(rows.map(presentInsight), 200);
  },
);
