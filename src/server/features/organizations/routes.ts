import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { IdParam } from "../../../shared/api/common.ts";
import {
  OrganizationInput,
  OrganizationListQuery,
  OrganizationPatch,
  OrganizationView,
} from "../../../shared/api/network.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { organizations } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";
import { decodeCursor, encodeCursor, setNextPage } from "../../http/paging.ts";
import { detachOrganization, refreshSearchTextForOrganization } from "../people/repo.ts";
import { presentOrganization } from "./present.ts";
import { getOrganization, listOrganizations } from "./repo.ts";

const tags = ["Organizations"];

export const organizationRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/organizations",
      tags,
      summary: "List organizations by name (search with q, filter by tag)",
      request: { query: OrganizationListQuery },
      responses: {
        200: jsonResponse(z.array(OrganizationView), "A page; X-Next-Cursor gives the next"),
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { workspaceId } = authOf(c);
      const q = c.req.valid("query");
      const { rows, next } = await listOrganizations(
        c.var.deps.database.db,
        workspaceId,
        q,
        decodeCursor(q.cursor, ["text", "id"]),
        q.limit,
      );
      setNextPage(c, next ? encodeCursor(next) : null);
      return c.json(rows.map(presentOrganization), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/organizations",
      tags,
      summary: "Add an organization",
      request: { body: jsonBody(OrganizationInput) },
      responses: { 201: jsonResponse(OrganizationView, "Created"), 400: errorResponses[400] },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const input = c.req.valid("json");
      const { db } = c.var.deps.database;
      const [row] = await db
        .insert(organizations)
        .values({ ...input, website: input.website ?? null, workspaceId: ws })
        .returning();
      return c.json(presentOrganization({ ...row!, peopleCount: 0 }), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/organizations/{id}",
      tags,
      summary: "One organization",
      request: { params: IdParam },
      responses: {
        200: jsonResponse(OrganizationView, "The organization"),
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const org = await getOrganization(
        c.var.deps.database.db,
        authOf(c).workspaceId,
        c.req.valid("param").id,
      );
      if (!org) throw errors.notFound("Organization");
      return c.json(presentOrganization(org), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/organizations/{id}",
      tags,
      summary: "Change an organization (only the fields sent)",
      request: { params: IdParam, body: jsonBody(OrganizationPatch) },
      responses: {
        200: jsonResponse(OrganizationView, "Updated"),
        400: errorResponses[400],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      const { db } = c.var.deps.database;
      const org = await db.transaction(async (tx) => {
        const updated = await tx
          .update(organizations)
          .set({ ...patch, updatedAt: sql`now()` })
          .where(and(eq(organizations.workspaceId, ws), eq(organizations.id, id)))
          .returning({ id: organizations.id });
        if (updated.length === 0) throw errors.notFound("Organization");
        // People are found by their organization's name: keep their search text current.
        if (patch.name) await refreshSearchTextForOrganization(tx, ws, id);
        return (await getOrganization(tx, ws, id))!;
      });
      return c.json(presentOrganization(org), 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/organizations/{id}",
      tags,
      summary: "Delete an organization (its people and meetings stay, without organization)",
      request: { params: IdParam },
      responses: { 204: { description: "Deleted" }, 404: errorResponses[404] },
    }),
    async (c) => {
      const ws = writableWorkspace(c);
      const { id } = c.req.valid("param");
      const { db } = c.var.deps.database;
      const deleted = await db.transaction(async (tx) => {
        await detachOrganization(tx, ws, id);
        const rows = await tx
          .delete(organizations)
          .where(and(eq(organizations.workspaceId, ws), eq(organizations.id, id)))
          .returning({ id: organizations.id });
        return rows.length;
      });
      if (deleted === 0) throw errors.notFound("Organization");
      return c.body(null, 204);
    },
  );
