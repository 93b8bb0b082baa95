import { createRoute, z } from "@hono/zod-openapi";
import { IdParam } from "../../../shared/api/common.ts";
import {
  LintQuestionsInput,
  MeetingBriefView,
  MeetingQuestionsSave,
  MeetingQuestionsView,
  PlanItemView,
  PrepPatch,
  PrepView,
} from "../../../shared/api/prepare.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { methodEngine } from "../../method-engine.ts";
import { meetingBrief } from "./brief.ts";
import { getPrep, updatePrep } from "./prep.ts";
import { getMeetingQuestions, planForMeeting, saveMeetingQuestions } from "./questions.ts";

const tags = ["Prepare"];

export const prepareRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/questions/lint",
      tags,
      summary: "Lint a list of questions: level and findings for each (M6–M10), list order (M8)",
      request: { body: jsonBody(LintQuestionsInput) },
      responses: {
        200: jsonResponse(
          z.object({
            questions: z.array(
              z.object({
                question: z.string(),
                level: z.string(),
                findings: z.array(
                  z.object({
                    rule: z.string(),
                    message: z.string(),
                    suggestion: z.string().optional(),
                  }),
                ),
              }),
            ),
            listFindings: z.array(
              z.object({ rule: z.string(), message: z.string(), index: z.number().int() }),
            ),
          }),
          "Findings",
        ),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { questions, research, tenure } = c.req.valid("json");
      return c.json(
        (await methodEngine()).lintQuestionList(questions, {
          ...(research ? { research } : {}),
          ...(tenure ? { tenure } : {}),
        }),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/questions",
      tags,
      summary: "The questions to ask in a meeting, in order, with levels and findings",
      request: { params: IdParam },
      responses: { 200: jsonResponse(MeetingQuestionsView, "Questions"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await getMeetingQuestions(
          c.var.deps.database.db,
          authOf(c).workspaceId,
          c.req.valid("param").id,
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/meetings/{id}/questions",
      tags,
      summary: "Save the meeting's questions in the order given",
      request: { params: IdParam, body: jsonBody(MeetingQuestionsSave) },
      responses: {
        200: jsonResponse(MeetingQuestionsView, "Saved and linted"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const texts = c.req.valid("json").questions.map((q) => q.text);
      return c.json(
        await saveMeetingQuestions(
          c.var.deps.database.db,
          writableWorkspace(c),
          c.req.valid("param").id,
          texts,
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/questions/plan",
      tags,
      summary: "Proposed questions: high level first, then drill-down, tenure-aware (M8, M9)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.array(PlanItemView), "The plan"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await planForMeeting(
          c.var.deps.database.db,
          authOf(c).workspaceId,
          c.req.valid("param").id,
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/prep",
      tags,
      summary: "Answers chosen for the meeting and the virtual-meeting checklist state (M5)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(PrepView, "Preparation"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await getPrep(c.var.deps.database.db, authOf(c).workspaceId, c.req.valid("param").id),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/meetings/{id}/prep",
      tags,
      summary: "Choose answers to rehearse and tick checklist items",
      request: { params: IdParam, body: jsonBody(PrepPatch) },
      responses: {
        200: jsonResponse(PrepView, "Saved"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) =>
      c.json(
        await updatePrep(
          c.var.deps.database.db,
          writableWorkspace(c),
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/meetings/{id}/brief",
      tags,
      summary:
        "The one-page meeting brief (M5): person, organization, answers with timing, questions, checklist",
      request: { params: IdParam },
      responses: { 200: jsonResponse(MeetingBriefView, "The brief"), 404: errorResponses[404] },
    }),
    async (c) =>
      c.json(
        await meetingBrief(c.var.deps.database.db, authOf(c).workspaceId, c.req.valid("param").id),
        200,
      ),
  );
