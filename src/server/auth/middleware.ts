import { getConnInfo } from "@hono/node-server/conninfo";
import { and, eq, isNull } from "drizzle-orm";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { apiTokens } from "../db/schema/index.ts";
import type { AppEnv } from "../http/env.ts";
import { errors } from "../http/errors.ts";
import { safeEqual, sha256 } from "./crypto.ts";
import { findApiToken, findSession } from "./repo.ts";

export const SESSION_COOKIE = "wp_session";
export const CSRF_HEADER = "x-csrf-token";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function clientAddress(c: Parameters<Parameters<typeof createMiddleware<AppEnv>>[0]>[0]): string {
  const { trustProxy } = c.var.deps.config;
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // In-process requests (tests) have no socket.
    return "local";
  }
}

/**
 * Resolves the caller from a bearer token or the session cookie. A bearer request is not
 * cookie-authenticated, so it needs no CSRF token; a cookie request on an unsafe method must
 * echo the session's CSRF token in `X-CSRF-Token`.
 */
/** How stale an API token's "last used" time may be before a request rewrites it. */
const LAST_USED_GRAIN_MS = 60_000;

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { database, now } = c.var.deps;
  c.set("clientAddress", clientAddress(c));
  c.set("auth", null);
  const header = c.req.header("authorization");
  if (header?.toLowerCase().startsWith("bearer ")) {
    const token = header.slice(7).trim();
    const row = await findApiToken(database.db, sha256(token));
    if (!row) throw errors.unauthenticated();
    c.set("auth", {
      userId: row.userId,
      workspaceId: row.workspaceId,
      via: "token",
      sessionTokenHash: null,
      canEdit: row.canEdit,
    });
    // "Last used" is shown to the minute: writing it on every request made each read a write
    // (a commit per GET on the embedded database). The stored time decides, so every
    // instance agrees.
    const at = now();
    if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() >= LAST_USED_GRAIN_MS) {
      await database.db
        .update(apiTokens)
        .set({ lastUsedAt: at })
        .where(and(eq(apiTokens.id, row.id), isNull(apiTokens.revokedAt)));
    }
    return next();
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (cookie) {
    const tokenHash = sha256(cookie);
    const session = await findSession(database.db, tokenHash, now());
    if (session) {
      if (UNSAFE.has(c.req.method)) {
        const sent = c.req.header(CSRF_HEADER) ?? "";
        if (!safeEqual(sent, session.csrfToken)) throw errors.csrf();
      }
      c.set("auth", {
        userId: session.userId,
        workspaceId: session.workspaceId,
        via: "cookie",
        sessionTokenHash: tokenHash,
        canEdit: session.canEdit,
      });
    }
  }
  return next();
});

/** Refuses anonymous callers; mounted in front of every workspace route. */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.auth) throw errors.unauthenticated();
  return next();
});

/** The caller's auth context; only valid behind requireAuth. */
export function authOf(c: { var: { auth: AppEnv["Variables"]["auth"] } }) {
  const auth = c.var.auth;
  if (!auth) throw errors.unauthenticated();
  return auth;
}

/** The workspace a write goes to; coaches with read-only access get 403. */
export function writableWorkspace(c: { var: { auth: AppEnv["Variables"]["auth"] } }): string {
  const auth = authOf(c);
  if (!auth.canEdit) throw errors.forbidden("This workspace is shared with you read-only.");
  return auth.workspaceId;
}
