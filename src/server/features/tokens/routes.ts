import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, isNull } from "drizzle-orm";
import { NewTokenInput, NewTokenView, TokenView } from "../../../shared/api/auth.ts";
import { IdParam } from "../../../shared/api/common.ts";
import { authOf } from "../../auth/middleware.ts";
import { createApiToken } from "../../auth/service.ts";
import { apiTokens } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../../http/openapi.ts";

const tags = ["Accounts"];

function present(row: typeof apiTokens.$inferSelect) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  };
}

export const tokenRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/tokens",
      tags,
      summary: "Your personal API tokens (secrets are never shown again)",
      responses: {
        200: jsonResponse(z.array(TokenView), "Active tokens"),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const auth = authOf(c);
      const rows = await c.var.deps.database.db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.userId, auth.userId), isNull(apiTokens.revokedAt)))
        .orderBy(desc(apiTokens.createdAt));
      return c.json(rows.map(present), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/tokens",
      tags,
      summary: "Create a personal API token for scripts (`Authorization: Bearer …`)",
      request: { body: jsonBody(NewTokenInput) },
      responses: {
        201: jsonResponse(NewTokenView, "The token; its secret is shown only now"),
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const auth = authOf(c);
      const row = await createApiToken(
        c.var.deps.database.db,
        auth.userId,
        c.req.valid("json").name,
      );
      return c.json({ ...present(row), token: row.token }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/tokens/{id}",
      tags,
      summary: "Revoke a personal API token",
      request: { params: IdParam },
      responses: { 204: { description: "Revoked" }, 404: errorResponses[404] },
    }),
    async (c) => {
      const auth = authOf(c);
      const { id } = c.req.valid("param");
      const revoked = await c.var.deps.database.db
        .update(apiTokens)
        .set({ revokedAt: c.var.deps.now() })
        .where(
          and(eq(apiTokens.id, id), eq(apiTokens.userId, auth.userId), isNull(apiTokens.revokedAt)),
        )
        .returning({ id: apiTokens.id });
      if (revoked.length === 0) throw errors.notFound("Token");
      return c.body(null, 204);
    },
  );
