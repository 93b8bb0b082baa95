import { createRoute, z } from "@hono/zod-openapi";
import {
  AnswerCheckInput,
  AnswerCheckView,
  AnswerSave,
  AnswerVersionView,
  AnswerView,
  CustomAnswerInput,
} from "../../../shared/api/prepare.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import {
  answerVersionsOf,
  checkView,
  createCustomAnswer,
  deleteCustomAnswer,
  getAnswer,
  listAnswers,
  saveAnswer,
} from "./service.ts";

const tags = ["Prepare"];
const KeyParam = z.object({
  key: z
    .string()
    .min(1)
    .max(100)
    .openapi({ description: "An A1–A6 kind id, or a custom answer's id" }),
});

export const answerRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/answers",
      tags,
      summary: "The answer bank: the six expected answers (A1–A6) and your own, each checked",
      responses: { 200: jsonResponse(z.array(AnswerView), "Answers in method order") },
    }),
    async (c) => c.json(await listAnswers(c.var.deps.database.db, authOf(c).workspaceId), 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/answers",
      tags,
      summary: "Add an answer to a question of your own",
      request: { body: jsonBody(CustomAnswerInput) },
      responses: { 201: jsonResponse(AnswerView, "Created"), 400: errorResponses[400] },
    }),
    async (c) =>
      c.json(
        await createCustomAnswer(c.var.deps.database.db, writableWorkspace(c), c.req.valid("json")),
        201,
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/answers/check",
      tags,
      summary: "Check a text against what a good answer contains and how long it takes to say",
      request: { body: jsonBody(AnswerCheckInput) },
      responses: {
        200: jsonResponse(AnswerCheckView, "Elements, spoken length, findings"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { kind, text } = c.req.valid("json");
      return c.json(await checkView(kind, text), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/answers/{key}",
      tags,
      summary: "One answer with its check",
      request: { params: KeyParam },
      responses: { 200: jsonResponse(AnswerView, "The answer"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await getAnswer(c.var.deps.database.db, authOf(c).workspaceId, c.req.valid("param").key),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/answers/{key}",
      tags,
      summary: "Save an answer (a new version when the text changed)",
      request: { params: KeyParam, body: jsonBody(AnswerSave) },
      responses: {
        200: jsonResponse(AnswerView, "Saved"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) =>
      c.json(
        await saveAnswer(
          c.var.deps.database.db,
          writableWorkspace(c),
          c.req.valid("param").key,
          c.req.valid("json"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/answers/{key}/versions",
      tags,
      summary: "Version history of an answer, newest first",
      request: { params: KeyParam },
      responses: {
        200: jsonResponse(z.array(AnswerVersionView), "Versions"),
        404: errorResponses[404],
      },
    }),
    async (c) =>
      c.json(
        await answerVersionsOf(
          c.var.deps.database.db,
          authOf(c).workspaceId,
          c.req.valid("param").key,
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/answers/{key}",
      tags,
      summary: "Delete one of your own answers",
      request: { params: KeyParam },
      responses: {
        204: { description: "Deleted" },
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      await deleteCustomAnswer(
        c.var.deps.database.db,
        writableWorkspace(c),
        c.req.valid("param").key,
      );
      return c.body(null, 204);
    },
  );
