import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { TimeZoneSchema } from "../../../shared/api/common.ts";
import { FollowUpKindSchema } from "../../../shared/api/followups.ts";
import { DEFAULT_TEMPLATES, FOLLOW_UP_KINDS } from "../../../shared/followups/index.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { followUpTemplates } from "../../db/schema/index.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { syncFollowUps } from "../followups/sync.ts";
import { getSettings, updateSettings } from "./repo.ts";

const SettingsView = z.object({
  searchActive: z.boolean(),
  defaultCadenceDays: z.number().int(),
  timeZone: z.string(),
  calendarFeed: z.boolean(),
});
const SettingsPatch = z.object({
  searchActive: z.boolean().optional(),
  defaultCadenceDays: z.number().int().min(7, "at least weekly").max(365).optional(),
  timeZone: TimeZoneSchema.optional(),
});
const TemplateView = z.object({
  kind: FollowUpKindSchema,
  subject: z.string(),
  body: z.string(),
  edited: z.boolean(),
});
const TemplateInput = z.object({ subject: z.string().max(500), body: z.string().max(50_000) });

const present = (s: Awaited<ReturnType<typeof getSettings>>) => ({
  searchActive: s.searchActive,
  defaultCadenceDays: s.defaultCadenceDays,
  timeZone: s.timeZone,
  calendarFeed: s.calendarTokenHash !== null,
});

export const settingsRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/settings",
      tags: ["Settings"],
      summary: "The search's settings",
      responses: { 200: jsonResponse(SettingsView, "Settings") },
    }),
    async (c) =>
      c.json(present(await getSettings(c.var.deps.database.db, authOf(c).workspaceId)), 200),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/settings",
      tags: ["Settings"],
      summary:
        'Time zone, monthly cadence, or end the search ("I found a job": all follow-ups stop)',
      request: { body: jsonBody(SettingsPatch) },
      responses: { 200: jsonResponse(SettingsView, "Updated"), 400: errorResponses[400] },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { db } = c.var.deps.database;
      const settings = await db.transaction(async (tx) => {
        const updated = await updateSettings(tx, ws, c.req.valid("json"));
        await syncFollowUps(tx, ws, null, c.var.deps.now());
        return updated;
      });
      return c.json(present(settings), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/followup-templates",
      tags: ["Settings"],
      summary: "The e-mail template of each follow-up kind",
      responses: { 200: jsonResponse(z.array(TemplateView), "Templates") },
    }),
    async (c) => {
      const rows = await c.var.deps.database.db
        .select()
        .from(followUpTemplates)
        .where(eq(followUpTemplates.workspaceId, authOf(c).workspaceId));
      return c.json(
        FOLLOW_UP_KINDS.map((kind) => {
          const own = rows.find((r) => r.kind === kind);
          return {
            kind,
            subject: own?.subject ?? DEFAULT_TEMPLATES[kind].subject,
            body: own?.body ?? DEFAULT_TEMPLATES[kind].body,
            edited: Boolean(own),
          };
        }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/followup-templates/{kind}",
      tags: ["Settings"],
      summary:
        "Edit a kind's template ({firstName}, {myName}, {meetingWhen}, {insightLine}, {introducedName}, …)",
      request: { params: z.object({ kind: FollowUpKindSchema }), body: jsonBody(TemplateInput) },
      responses: { 200: jsonResponse(TemplateView, "Saved"), 400: errorResponses[400] },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { kind } = c.req.valid("param");
      const input = c.req.valid("json");
      await c.var.deps.database.db
        .insert(followUpTemplates)
        .values({ workspaceId: ws, kind, ...input })
        .onConflictDoUpdate({
          target: [followUpTemplates.workspaceId, followUpTemplates.kind],
          set: { ...input, updatedAt: sql`now()` },
        });
      return c.json({ kind, ...input, edited: true }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/followup-templates/{kind}",
      tags: ["Settings"],
      summary: "Back to the default template",
      request: { params: z.object({ kind: FollowUpKindSchema }) },
      responses: { 204: { description: "Reset" } },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      await c.var.deps.database.db
        .delete(followUpTemplates)
        .where(
          and(
            eq(followUpTemplates.workspaceId, ws),
            eq(followUpTemplates.kind, c.req.valid("param").kind),
          ),
        );
      return c.body(null, 204);
    },
  );
