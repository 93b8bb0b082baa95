import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { IdSchema } from "../../../shared/api/common.ts";
import { InsightView } from "../../../shared/api/followups.ts";
import { authOf } from "../../auth/middleware.ts";
import { insights } from "../../db/schema/index.ts";
import { createRouter, errorResponses, jsonResponse } from "../../http/openapi.ts";
import { presentInsight } from "./present.ts";

export const insightRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/insights",
    tags: ["Insights"],
    summary: "What was learned (M13): full-text search, by tag, person, organization or meeting",
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
    const rows = await c.var.deps.database.db
      .select()
      .from(insights)
      .where(and(...where))
      .orderBy(
        ...(q.q
          ? [sql`ts_rank(${insights.search}, websearch_to_tsquery('english', ${q.q})) desc`]
          : []),
        desc(insights.createdAt),
      )
      .limit(q.limit);
    return c.json(rows.map(presentInsight), 200);
  },
);
