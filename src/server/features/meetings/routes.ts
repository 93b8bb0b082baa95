import { createRoute, z } from "@hono/zod-openapi";
import { IdParam } from "../../../shared/api/common.ts";
import {
  MeetingInput,
  MeetingListQuery,
  MeetingPatch,
  MeetingView,
} from "../../../shared/api/network.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { errors } from "../../http/errors.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { decodeCursor, encodeCursor, setNextPage } from "../../http/paging.ts";
import { presentMeeting } from "./present.ts";
import { getMeeting, listMeetings } from "./repo.ts";
import { createMeeting, deleteMeeting, updateMeeting } from "./service.ts";

const tags = ["Meetings"];

export const meetingRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings",
      tags,
      summary: "List meetings (upcoming soonest first; past and all most recent first)",
      request: { query: MeetingListQuery },
      responses: {
        200: jsonResponse(z.array(MeetingView), "A page; X-Next-Cursor gives the next"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const { rows, next } = await listMeetings(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        q,
        c.var.deps.now(),
        decodeCursor(q.cursor, ["time", "id"]),
        q.limit,
      );
      setNextPage(c, next ? encodeCursor(next) : null);
      return c.json(rows.map(presentMeeting), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/meetings",
      tags,
      summary: "Plan (or record) a meeting with one or more people",
      description:
        "The organization defaults to that of the first person. Times are ISO 8601 with an offset.",
      request: { body: jsonBody(MeetingInput) },
      responses: { 201: jsonResponse(MeetingView, "Created"), 400: errorResponses[400] },
    }),
    async (c) => {
      const meeting = await createMeeting(
        c.var.deps.database.db,
        writableWorkspace(c),
        c.req.valid("json"),
        c.var.deps.now(),
      );
      return c.json(presentMeeting(meeting), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}",
      tags,
      summary: "One meeting",
      request: { params: IdParam },
      responses: { 200: jsonResponse(MeetingView, "The meeting"), 404: errorResponses[404] },
    }),
    async (c) => {
      const meeting = await getMeeting(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        c.req.valid("param").id,
      );
      if (!meeting) throw errors.notFound("Meeting");
      return c.json(presentMeeting(meeting), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/meetings/{id}",
      tags,
      summary: "Change a meeting (only the fields sent; its debrief is never lost)",
      description:
        "Status: planned → held | cancelled, cancelled → planned. A held meeting stays held (409 otherwise).",
      request: { params: IdParam, body: jsonBody(MeetingPatch) },
      responses: {
        200: jsonResponse(MeetingView, "Updated"),
        400: errorResponses[400],
        404: errorResponses[404],
        409: jsonResponse(
          errorResponses[404].content["application/json"].schema,
          "Status change not allowed",
        ),
      },
    }),
    async (c) => {
      const meeting = await updateMeeting(
        c.var.deps.database.db,
        writableWorkspace(c),
        c.req.valid("param").id,
        c.req.valid("json"),
        c.var.deps.now(),
      );
      return c.json(presentMeeting(meeting), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/meetings/{id}",
      tags,
      summary: "Delete a meeting (introductions that came out of it stay, without the meeting)",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errorResponses[404] },
    }),
    async (c) => {
      await deleteMeeting(c.var.deps.database.db, writableWorkspace(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
