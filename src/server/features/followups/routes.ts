import { createRoute, z } from "@hono/zod-openapi";
import { IdParam } from "../../../shared/api/common.ts";
import {
  CustomFollowUpInput,
  FollowUpListQuery,
  FollowUpPatch,
  FollowUpView,
} from "../../../shared/api/followups.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { errors } from "../../http/errors.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { markSent, queueMessage } from "./messages.ts";
import { listFollowUps } from "./read.ts";
import { createCustomFollowUp, getFollowUp, updateFollowUp } from "./service.ts";

const tags = ["Follow-ups"];
const mailDomain = (publicUrl: string) => new URL(publicUrl).hostname || "warmpath.local";

export const followUpRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/followups",
      tags,
      summary: "Follow-ups with their drafts (M11, M12), soonest first",
      description:
        "`status=due` includes snoozed follow-ups whose day has come; `before` is exclusive.",
      request: { query: FollowUpListQuery },
      responses: {
        200: jsonResponse(z.array(FollowUpView), "Follow-ups"),
        400: errorResponses[400],
      },
    }),
    async (c) =>
      c.json(
        await listFollowUps(
          c.var.deps.database.db,
          authOf(c).workspaceId,
          c.req.valid("query"),
          c.var.deps.now(),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/followups",
      tags,
      summary: "Add a follow-up of your own (kind custom)",
      request: { body: jsonBody(CustomFollowUpInput) },
      responses: { 201: jsonResponse(FollowUpView, "Created"), 400: errorResponses[400] },
    }),
    async (c) =>
      c.json(
        await createCustomFollowUp(
          c.var.deps.database.db,
          writableWorkspace(c),
          c.req.valid("json"),
          c.var.deps.now(),
        ),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/followups/{id}",
      tags,
      summary: "One follow-up with its draft",
      request: { params: IdParam },
      responses: { 200: jsonResponse(FollowUpView, "The follow-up"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await getFollowUp(
          c.var.deps.database.db,
          authOf(c).workspaceId,
          c.req.valid("param").id,
          c.var.deps.now(),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/followups/{id}",
      tags,
      summary: "Mark done, skip, reopen, snooze until a day, or edit the draft (null resets it)",
      request: { params: IdParam, body: jsonBody(FollowUpPatch) },
      responses: {
        200: jsonResponse(FollowUpView, "Updated"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) =>
      c.json(
        await updateFollowUp(
          c.var.deps.database.db,
          writableWorkspace(c),
          c.req.valid("param").id,
          c.req.valid("json"),
          c.var.deps.now(),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/followups/{id}/send",
      tags,
      summary: "Send the draft by e-mail through the outbox: delivered exactly once",
      description:
        "Needs SMTP_URL. Repeating the request returns the same message. Delivery is retried with backoff; the server's reason for a failure is on `message.lastError`. Without SMTP: 409 `smtp_not_configured` (use the .eml or a mailto: link, then mark-sent).",
      request: { params: IdParam },
      responses: {
        202: jsonResponse(FollowUpView, "Queued (or already queued/sent)"),
        400: errorResponses[400],
        404: errorResponses[404],
        409: jsonResponse(
          errorResponses[400].content["application/json"].schema,
          "SMTP is not configured",
        ),
      },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { database, mail, now, config } = c.var.deps;
      if (!mail) {
        throw errors.conflict(
          "smtp_not_configured",
          "No SMTP server is configured: download the .eml or use the mailto: link, then mark it sent.",
        );
      }
      const id = c.req.valid("param").id;
      const view = await getFollowUp(database.db, ws, id, now());
      const queued = await queueMessage(database.db, ws, view, mailDomain(config.publicUrl));
      await mail.outbox.enqueue(queued.id);
      return c.json(await getFollowUp(database.db, ws, id, now()), 202);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/followups/{id}/mark-sent",
      tags,
      summary:
        "Record that you sent the message yourself (mailto / .eml): stored on the person's timeline",
      request: { params: IdParam },
      responses: { 200: jsonResponse(FollowUpView, "Marked sent"), 404: errorResponses[404] },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { database, now, config } = c.var.deps;
      const id = c.req.valid("param").id;
      await markSent(
        database.db,
        ws,
        await getFollowUp(database.db, ws, id, now()),
        now(),
        mailDomain(config.publicUrl),
      );
      return c.json(await getFollowUp(database.db, ws, id, now()), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/followups/{id}/eml",
      tags,
      summary: "The draft as an .eml file to open in your mail program",
      request: { params: IdParam },
      responses: {
        200: {
          description: "message/rfc822",
          content: { "message/rfc822": { schema: z.string() } },
        },
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { database, now, mail } = c.var.deps;
      const view = await getFollowUp(
        database.db,
        authOf(c).workspaceId,
        c.req.valid("param").id,
        now(),
      );
      // nodemailer is loaded on use, not at start-up.
      const { buildEml } = await import("../../mail/transport.ts");
      const eml = await buildEml({
        ...(mail ? { from: mail.settings.from } : {}),
        to: view.to ?? "",
        subject: view.draft.subject,
        text: view.draft.body,
        messageId: `<followup-${view.id}@warmpath.local>`,
      });
      return c.body(new Uint8Array(eml), 200, {
        "content-type": "message/rfc822",
        "content-disposition": `attachment; filename="${view.kind}-${view.personName.replace(/[^\w-]+/g, "-")}.eml"`,
      });
    },
  );
