import { createRoute, z } from "@hono/zod-openapi";
import { eq, sql } from "drizzle-orm";
import { IdParam } from "../../../shared/api/common.ts";
import { randomToken, sha256 } from "../../auth/crypto.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import type { Db } from "../../db/connect.ts";
import { workspaceSettings } from "../../db/schema/index.ts";
import { queryRows } from "../../db/sql.ts";
import { errors } from "../../http/errors.ts";
import { createRouter, errorResponses, jsonResponse } from "../../http/openapi.ts";
import { getMeeting, type listMeetings } from "../meetings/repo.ts";
import { updateSettings } from "../settings/repo.ts";
import { buildCalendar, type CalendarMeeting } from "./ics.ts";

const ICS = { "content-type": "text/calendar; charset=utf-8" };

async function withNames(
  db: Db,
  ws: string,
  meetings: Awaited<ReturnType<typeof listMeetings>>["rows"],
): Promise<CalendarMeeting[]> {
  const ids = [...new Set(meetings.flatMap((m) => m.personIds))];
  const orgIds = [
    ...new Set(meetings.flatMap((m) => (m.organizationId ? [m.organizationId] : []))),
  ];
  const [names, orgs] = await Promise.all([
    ids.length
      ? queryRows<{ id: string; name: string }>(
          db,
          sql`select id::text, name from people where workspace_id = ${ws} and id in ${ids}`,
        )
      : [],
    orgIds.length
      ? queryRows<{ id: string; name: string }>(
          db,
          sql`select id::text, name from organizations where workspace_id = ${ws} and id in ${orgIds}`,
        )
      : [],
  ]);
  const person = new Map(names.map((n) => [n.id, n.name]));
  const org = new Map(orgs.map((o) => [o.id, o.name]));
  return meetings.map((m) => ({
    ...m,
    peopleNames: m.personIds.map((id) => person.get(id) ?? "").filter(Boolean),
    organizationName: m.organizationId ? (org.get(m.organizationId) ?? null) : null,
  }));
}

/** The whole workspace calendar: meetings of the last 90 days and ahead, open dated follow-ups. */
async function workspaceCalendar(db: Db, ws: string, publicUrl: string, now: Date) {
  const since = new Date(now.getTime() - 90 * 86_400_000);
  const meetings = await queryRows<{ id: string }>(
    db,
    sql`select id::text from meetings where workspace_id = ${ws} and scheduled_at >= ${since} order by scheduled_at limit 2000`,
  );
  const full = (await Promise.all(meetings.map((m) => getMeeting(db, ws, m.id)))).flatMap((m) =>
    m ? [m] : [],
  );
  const followUps = await queryRows<{
    id: string;
    kind: string;
    personName: string;
    dueOn: string;
  }>(
    db,
    sql`select f.id::text, f.kind, p.name as "personName", f.due_on::text as "dueOn" from follow_ups f join people p on p.id = f.person_id
        where f.workspace_id = ${ws} and f.status in ('due', 'snoozed') order by f.due_on limit 5000`,
  );
  return buildCalendar("Warmpath", publicUrl, await withNames(db, ws, full), followUps);
}

export const calendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/calendar/token",
      tags: ["Calendar"],
      summary: "A new secret calendar feed URL (the previous one stops working)",
      responses: {
        200: jsonResponse(
          z.object({ token: z.string(), url: z.string() }),
          "Subscribe to `url` in any calendar app",
        ),
      },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const token = randomToken("cal_");
      await updateSettings(c.var.deps.database.db, ws, { calendarTokenHash: sha256(token) });
      return c.json(
        { token, url: `${c.var.deps.config.publicUrl}/api/calendar/${token}.ics` },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/calendar/token",
      tags: ["Calendar"],
      summary: "Revoke the calendar feed URL",
      responses: { 204: { description: "Revoked" } },
    }),
    async (c) => {
      await updateSettings(c.var.deps.database.db, writableWorkspace(c), {
        calendarTokenHash: null,
      });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar/{file}",
      tags: ["Calendar"],
      summary: "The calendar feed: `/api/calendar/{token}.ics`, no other authentication",
      request: {
        params: z.object({ file: z.string().regex(/^cal_[\w-]+\.ics$/, "must be {token}.ics") }),
      },
      responses: {
        200: { description: "text/calendar", content: { "text/calendar": { schema: z.string() } } },
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const token = c.req.valid("param").file.replace(/\.ics$/, "");
      const { db } = c.var.deps.database;
      const [row] = await db
        .select({ ws: workspaceSettings.workspaceId })
        .from(workspaceSettings)
        .where(eq(workspaceSettings.calendarTokenHash, sha256(token)));
      if (!row) throw errors.notFound("Calendar");
      return c.body(
        await workspaceCalendar(db, row.ws, c.var.deps.config.publicUrl, c.var.deps.now()),
        200,
        ICS,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/calendar.ics",
      tags: ["Calendar"],
      summary: "Download the calendar (signed in)",
      responses: {
        200: { description: "text/calendar", content: { "text/calendar": { schema: z.string() } } },
      },
    }),
    async (c) => {
      const body = await workspaceCalendar(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        c.var.deps.config.publicUrl,
        c.var.deps.now(),
      );
      return c.body(body, 200, {
        ...ICS,
        "content-disposition": 'attachment; filename="warmpath.ics"',
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/ics",
      tags: ["Calendar"],
      summary: "One meeting as an .ics file",
      request: { params: IdParam },
      responses: {
        200: { description: "text/calendar", content: { "text/calendar": { schema: z.string() } } },
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const ws = authOf(c).workspaceId;
      const { db } = c.var.deps.database;
      const meeting = await getMeeting(db, ws, c.req.valid("param").id);
      if (!meeting) throw errors.notFound("Meeting");
      const body = buildCalendar(
        "Warmpath meeting",
        c.var.deps.config.publicUrl,
        await withNames(db, ws, [meeting]),
        [],
      );
      return c.body(body, 200, {
        ...ICS,
        "content-disposition": `attachment; filename="meeting-${meeting.id}.ics"`,
      });
    },
  );
