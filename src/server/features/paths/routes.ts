import { createRoute, z } from "@hono/zod-openapi";
import { DecisionMakerPath, Funnel, OrganizationPaths } from "../../../shared/api/network.ts";
import { authOf } from "../../auth/middleware.ts";
import { createRouter, jsonResponse, storedJson } from "../../http/openapi.ts";
import { funnelJson } from "../funnel/repo.ts";
import { decisionMakerPathsJson, organizationPathsJson } from "./service.ts";

export const pathRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/paths/decision-makers",
      tags: ["Network"],
      summary: "The shortest introduction chain to every decision-maker (M1, M2)",
      description:
        "`path` runs from someone the job seeker knew directly (nobody introduced them) to the decision-maker; `hops` counts the introductions on it; declined introductions are not followed; `complete` is true when every introduction on it was made.",
      responses: {
        200: jsonResponse(z.array(DecisionMakerPath), "One entry per reachable decision-maker"),
      },
    }),
    async (c) =>
      storedJson<DecisionMakerPath[]>(
        await decisionMakerPathsJson(c.var.deps.database.db, authOf(c).workspaceId),
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/paths/organizations",
      tags: ["Network"],
      summary:
        "Target organizations with no decision-maker met: who is known inside and how to reach them",
      responses: {
        200: jsonResponse(z.array(OrganizationPaths), "One entry per such organization"),
      },
    }),
    async (c) =>
      storedJson<z.infer<typeof OrganizationPaths>[]>(
        await organizationPathsJson(c.var.deps.database.db, authOf(c).workspaceId),
      ),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/funnel",
      tags: ["Network"],
      summary: "Funnel counts: meetings held → introductions → decision-makers met (M2)",
      responses: { 200: jsonResponse(Funnel, "Counts for the workspace") },
    }),
    async (c) =>
      storedJson<z.infer<typeof Funnel>>(
        await funnelJson(c.var.deps.database.db, authOf(c).workspaceId),
      ),
  );
