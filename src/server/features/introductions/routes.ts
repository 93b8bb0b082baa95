import { createRoute, z } from "@hono/zod-openapi";
import { IdParam } from "../../../shared/api/common.ts";
import {
  IntroductionInput,
  IntroductionListQuery,
  IntroductionPatch,
  IntroductionView,
} from "../../../shared/api/network.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { presentIntroduction } from "./present.ts";
import { listIntroductions } from "./repo.ts";
import { createIntroduction, deleteIntroduction, updateIntroduction } from "./service.ts";

const tags = ["Introductions"];

export const introductionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/introductions",
      tags,
      summary: "List introductions (referral edges), optionally for one person or meeting",
      request: { query: IntroductionListQuery },
      responses: {
        200: jsonResponse(z.array(IntroductionView), "Introductions"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const rows = await listIntroductions(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        c.req.valid("query"),
      );
      return c.json(rows.map(presentIntroduction), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/introductions",
      tags,
      summary: "Record an introduction: who refers the job seeker to whom (M11)",
      request: { body: jsonBody(IntroductionInput) },
      responses: { 201: jsonResponse(IntroductionView, "Created"), 400: errorResponses[400] },
    }),
    async (c) => {
      const row = await createIntroduction(
        c.var.deps.database.db,
        writableWorkspace(c),
        c.req.valid("json"),
        c.var.deps.now(),
      );
      return c.json(presentIntroduction(row), 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/introductions/{id}",
      tags,
      summary: "Change an introduction's status (its date is recorded), meeting or notes",
      request: { params: IdParam, body: jsonBody(IntroductionPatch) },
      responses: {
        200: jsonResponse(IntroductionView, "Updated"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const row = await updateIntroduction(
        c.var.deps.database.db,
        writableWorkspace(c),
        c.req.valid("param").id,
        c.req.valid("json"),
        c.var.deps.now(),
      );
      return c.json(presentIntroduction(row), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/introductions/{id}",
      tags,
      summary: "Delete an introduction",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errorResponses[404] },
    }),
    async (c) => {
      await deleteIntroduction(
        c.var.deps.database.db,
        writableWorkspace(c),
        c.req.valid("param").id,
      );
      return c.body(null, 204);
    },
  );
