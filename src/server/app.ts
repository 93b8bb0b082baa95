import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { authenticate, requireAuth } from "./auth/middleware.ts";
import { authRoutes } from "./auth/routes.ts";
import { agendaRoutes } from "./features/agenda/routes.ts";
import { answerRoutes } from "./features/answers/routes.ts";
import { calendarRoutes } from "./features/calendar/routes.ts";
import { debriefRoutes } from "./features/debriefs/routes.ts";
import { exportRoutes } from "./features/exports/routes.ts";
import { followUpRoutes } from "./features/followups/routes.ts";
import { healthRoutes } from "./features/health/routes.ts";
import { importRoutes } from "./features/imports/routes.ts";
import { insightRoutes } from "./features/insights/routes.ts";
import { introductionRoutes } from "./features/introductions/routes.ts";
import { meetingRoutes } from "./features/meetings/routes.ts";
import { organizationRoutes } from "./features/organizations/routes.ts";
import { pathRoutes } from "./features/paths/routes.ts";
import { peopleRoutes } from "./features/people/routes.ts";
import { prepareRoutes } from "./features/prepare/routes.ts";
import { settingsRoutes } from "./features/settings/routes.ts";
import { tokenRoutes } from "./features/tokens/routes.ts";
import { apiDocs } from "./http/api-docs.ts";
import type { AppDeps, AppEnv } from "./http/env.ts";
import { handleApiNotFound, handleError } from "./http/error-handler.ts";
import { errors } from "./http/errors.ts";
import { securityHeaders } from "./http/security.ts";
import { webApp } from "./http/web.ts";

/** Paths under /api that answer without a signed-in caller. */
const PUBLIC_API = [
  /^\/api\/health$/,
  /^\/api\/auth\/(setup|login|logout)$/,
  /^\/api\/openapi\.json$/,
  /^\/api\/docs(\/|$)/,
  // The calendar feed authenticates by the secret in its URL.
  /^\/api\/calendar\/cal_[\w-]+\.ics$/,
];

const API_BODY_LIMIT = 1024 * 1024;
/**
 * Uploads that set their own, larger limit (50 MB: contact files and backups). They are
 * exempt from the 1 MB limit here, which would otherwise refuse them first.
 */
const OWN_BODY_LIMIT = [/^\/api\/imports$/, /^\/api\/restore$/];

/** Builds the whole HTTP app from its dependencies; main.ts is the only file that listens. */
export function buildApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.use("*", securityHeaders);
  app.use("*", async (c, next) => {
    c.set("deps", deps);
    await next();
  });

  const apiBodyLimit = bodyLimit({
    maxSize: API_BODY_LIMIT,
    onError: () => {
      throw errors.tooLarge("The request body is larger than 1 MB.");
    },
  });
  app.use("/api/*", (c, next) =>
    OWN_BODY_LIMIT.some((re) => re.test(c.req.path)) ? next() : apiBodyLimit(c, next),
  );
  app.use("/api/*", authenticate);
  app.use("/api/*", async (c, next) => {
    if (PUBLIC_API.some((re) => re.test(c.req.path))) return next();
    return requireAuth(c, next);
  });

  const api = new OpenAPIHono<AppEnv>()
    .route("/", healthRoutes)
    .route("/", authRoutes)
    .route("/", tokenRoutes)
    .route("/", organizationRoutes)
    .route("/", peopleRoutes)
    .route("/", meetingRoutes)
    .route("/", introductionRoutes)
    .route("/", pathRoutes)
    .route("/", answerRoutes)
    .route("/", prepareRoutes)
    .route("/", debriefRoutes)
    .route("/", followUpRoutes)
    .route("/", agendaRoutes)
    .route("/", insightRoutes)
    .route("/", settingsRoutes)
    .route("/", calendarRoutes)
    .route("/", importRoutes)
    .route("/", exportRoutes);
  app.route("/api", api);

  app.openAPIRegistry.registerComponent("securitySchemes", "session", {
    type: "apiKey",
    in: "cookie",
    name: "wp_session",
    description: "Browser session; unsafe methods also need the X-CSRF-Token header.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "token", {
    type: "http",
    scheme: "bearer",
    description: "Personal API token from Settings or `warmpath token create`.",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Warmpath API",
      version: "1",
      description:
        "Every endpoint answers JSON. Errors are `{code, message, issues?}` with a stable `code`. Data is scoped to the caller's workspace.",
    },
    security: [{ session: [] }, { token: [] }],
  });
  app.route("/api/docs", apiDocs);
  app.all("/api/*", handleApiNotFound);
  app.route("/", webApp(deps.config.webDir));
  return app;
}

export type App = ReturnType<typeof buildApp>;
