import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { LoginInput, SessionView, SetupInput, SetupState } from "../../shared/api/auth.ts";
import type { AppEnv } from "../http/env.ts";
import { errors } from "../http/errors.ts";
import { createRouter, errorResponses, jsonBody, jsonResponse } from "../http/openapi.ts";
import { sha256 } from "./crypto.ts";
import { authOf, SESSION_COOKIE } from "./middleware.ts";
import { countUsers, defaultMembership, findSession, findUser } from "./repo.ts";
import {
  authenticatePassword,
  createUser,
  endSession,
  type NewSession,
  startSession,
} from "./service.ts";

const tags = ["Accounts"];

function setSessionCookie(c: Context<AppEnv>, session: NewSession) {
  setCookie(c, SESSION_COOKIE, session.token, {
    httpOnly: true,
    sameSite: "Lax",
    secure: c.var.deps.config.cookieSecure,
    path: "/",
    expires: session.expiresAt,
  });
}

async function presentSession(c: Context<AppEnv>, userId: string, csrfToken: string | null) {
  const db = c.var.deps.database.db;
  const user = await findUser(db, userId);
  const membership = await defaultMembership(db, userId);
  if (!user || !membership) throw errors.unauthenticated();
  return {
    user: { id: user.id, email: user.email, name: user.name },
    workspace: { id: membership.workspaceId, name: membership.name, canEdit: membership.canEdit },
    csrfToken,
  } satisfies SessionView;
}

/** Drops the caller's previous session so that a sign-in always rotates the session id. */
async function dropPreviousSession(c: Context<AppEnv>) {
  const previous = getCookie(c, SESSION_COOKIE);
  if (previous) await endSession(c.var.deps.database.db, sha256(previous));
}

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/setup",
      tags,
      summary: "Whether the first account still has to be created",
      responses: { 200: jsonResponse(SetupState, "Set-up state") },
    }),
    async (c) => c.json({ setupRequired: (await countUsers(c.var.deps.database.db)) === 0 }, 200),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/setup",
      tags,
      summary: "Create the first account (works only while no user exists)",
      request: { body: jsonBody(SetupInput) },
      responses: {
        201: jsonResponse(SessionView, "Account created and signed in"),
        400: errorResponses[400],
        409: jsonResponse(errorResponses[400].content["application/json"].schema, "Already set up"),
      },
    }),
    async (c) => {
      const input = c.req.valid("json");
      const { db } = c.var.deps.database;
      const { user } = await createUser(db, input, { onlyIfFirst: true });
      await dropPreviousSession(c);
      const session = await startSession(db, user.id, c.var.deps.now());
      setSessionCookie(c, session);
      return c.json(await presentSession(c, user.id, session.csrfToken), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/login",
      tags,
      summary: "Sign in with e-mail and password",
      description:
        "Throttled: after 5 failures for one account (or 20 from one address) within 15 minutes, further attempts get 429 with Retry-After.",
      request: { body: jsonBody(LoginInput) },
      responses: {
        200: jsonResponse(SessionView, "Signed in"),
        400: errorResponses[400],
        401: errorResponses[401],
        429: jsonResponse(
          errorResponses[400].content["application/json"].schema,
          "Too many attempts",
        ),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid("json");
      const { db } = c.var.deps.database;
      const now = c.var.deps.now();
      const user = await authenticatePassword(db, email, password, c.var.clientAddress, now);
      await dropPreviousSession(c);
      const session = await startSession(db, user.id, now);
      setSessionCookie(c, session);
      return c.json(await presentSession(c, user.id, session.csrfToken), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/auth/logout",
      tags,
      summary: "Sign out (ends the session)",
      responses: { 204: { description: "Signed out" } },
    }),
    async (c) => {
      const auth = c.var.auth;
      if (auth?.sessionTokenHash) await endSession(c.var.deps.database.db, auth.sessionTokenHash);
      deleteCookie(c, SESSION_COOKIE, { path: "/" });
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/auth/me",
      tags,
      summary: "The signed-in user, their workspace and the CSRF token",
      responses: { 200: jsonResponse(SessionView, "Current session"), 401: errorResponses[401] },
    }),
    async (c) => {
      const auth = authOf(c);
      let csrf: string | null = null;
      if (auth.sessionTokenHash) {
        const session = await findSession(
          c.var.deps.database.db,
          auth.sessionTokenHash,
          c.var.deps.now(),
        );
        csrf = session?.csrfToken ?? null;
      }
      return c.json(await presentSession(c, auth.userId, csrf), 200);
    },
  );
