import { createRoute } from "@hono/zod-openapi";
import { HealthView } from "../../../shared/api/health.ts";
import { createRouter, jsonResponse } from "../../http/openapi.ts";

export const healthRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/health",
    tags: ["System"],
    summary: "Liveness and which database is in use",
    responses: { 200: jsonResponse(HealthView, "The server and its database answer") },
  }),
  async (c) => {
    const { database } = c.var.deps;
    await database.query("select 1");
    return c.json({ status: "ok" as const, database: database.kind }, 200);
  },
);
