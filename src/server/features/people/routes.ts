import { createRoute, z } from "@hono/zod-openapi";
import { IdParam } from "../../../shared/api/common.ts";
import {
  PeopleListQuery,
  PersonInput,
  PersonOverview,
  PersonPatch,
  PersonView,
} from "../../../shared/api/network.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { errors } from "../../http/errors.ts";
import {
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  jsonText,
} from "../../http/openapi.ts";
import { type CursorPart, decodeCursor, encodeCursor, setNextPage } from "../../http/paging.ts";
import { CONTACTED_PHASES } from "./contacted.ts";
import { getPersonOverview } from "./overview.ts";
import { peopleJson } from "./page-json.ts";
import { presentPerson } from "./present.ts";
import { findPage, getPerson, type PeopleSort } from "./repo.ts";
import { createPerson, deletePerson, updatePerson } from "./service.ts";

const tags = ["People"];

/** What a people-list cursor holds: [name, id], [time, id], or [part, time, id] ("contacted"). */
const CURSOR_PARTS: Record<PeopleSort, readonly CursorPart[]> = {
  name: ["text", "id"],
  recent: ["time", "id"],
  updated: ["time", "id"],
  contacted: [CONTACTED_PHASES, "time", "id"],
};

export const peopleRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/people",
      tags,
      summary: "List and search people",
      description:
        "`q` matches every word in name, title, organization, e-mails and tags. Sorted by name, or `recent` (the last added first), `updated` (the last changed first) or `contacted` (the people met, the last met first, then the others, the last added first). Answers an array; when more rows follow, `X-Next-Cursor` (and `Link`) give the cursor of the next page.",
      request: { query: PeopleListQuery },
      responses: {
        200: jsonResponse(z.array(PersonView), "A page of people"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { workspaceId } = authOf(c);
      const q = c.req.valid("query");
      const db = c.var.deps.database.db;
      const { ids, next } = await findPage(
        db,
        workspaceId,
        {
          ids: q.ids,
          q: q.q,
          organizationId: q.organizationId,
          tag: q.tag,
          canHire: q.canHire === undefined ? undefined : q.canHire === "true",
        },
        q.sort,
        decodeCursor(q.cursor, CURSOR_PARTS[q.sort]),
        q.limit,
      );
      setNextPage(c, next ? encodeCursor(next) : null);
      return jsonText<PersonView[]>(c, await peopleJson(db, workspaceId, ids));
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/people",
      tags,
      summary: "Add a person",
      description:
        "Give `organizationId`, or `organizationName` to match or create the organization by name.",
      request: { body: jsonBody(PersonInput) },
      responses: { 201: jsonResponse(PersonView, "Created"), 400: errorResponses[400] },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const person = await createPerson(c.var.deps.database.db, ws, c.req.valid("json"));
      return c.json(presentPerson(person), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/people/{id}",
      tags,
      summary: "One person (a deleted person is still readable, with deletedAt set)",
      request: { params: IdParam },
      responses: { 200: jsonResponse(PersonView, "The person"), 404: errorResponses[404] },
    }),
    async (c) => {
      const person = await getPerson(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        c.req.valid("param").id,
      );
      if (!person) throw errors.notFound("Person");
      return c.json(presentPerson(person), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/people/{id}/overview",
      tags,
      summary:
        "Everything the person page shows: the person, organization, meetings, introductions",
      request: { params: IdParam },
      responses: {
        200: jsonResponse(PersonOverview, "The person page data"),
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const overview = await getPersonOverview(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        c.req.valid("param").id,
      );
      if (!overview) throw errors.notFound("Person");
      return c.json(overview, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/people/{id}",
      tags,
      summary: "Change a person (only the fields sent)",
      request: { params: IdParam, body: jsonBody(PersonPatch) },
      responses: {
        200: jsonResponse(PersonView, "Updated"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const person = await updatePerson(
        c.var.deps.database.db,
        ws,
        c.req.valid("param").id,
        c.req.valid("json"),
      );
      return c.json(presentPerson(person), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/people/{id}",
      tags,
      summary: "Delete a person",
      description:
        "Soft delete: the person leaves lists and search, but the introductions and meetings that name them stay readable, so no referral chain loses a link.",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errorResponses[404] },
    }),
    async (c) => {
      await deletePerson(c.var.deps.database.db, writableWorkspace(c), c.req.valid("param").id);
      return c.body(null, 204);
    },
  );
