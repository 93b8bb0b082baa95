import type { ContentfulStatusCode } from "hono/utils/http-status";

export type FieldIssue = { field: string; reason: string };

/**
 * An error that reaches the client as `{code, message, issues?}`. Codes are stable ids
 * that the web app and scripts can rely on; messages are for people.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: FieldIssue[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }
}

export const errors = {
  validation: (issues: FieldIssue[]) =>
    new AppError(
      400,
      "validation_failed",
      issues.map((i) => `${i.field}: ${i.reason}`).join("; ") || "The request is not valid.",
      issues,
    ),
  badRequest: (field: string, reason: string) =>
    new AppError(400, "validation_failed", `${field}: ${reason}`, [{ field, reason }]),
  unauthenticated: () => new AppError(401, "unauthenticated", "Sign in to continue."),
  invalidCredentials: () =>
    new AppError(401, "invalid_credentials", "That e-mail and password do not match."),
  csrf: () =>
    new AppError(
      403,
      "csrf_failed",
      "This request is missing its CSRF token; reload the page and try again.",
    ),
  forbidden: (message = "You do not have access to this.") =>
    new AppError(403, "forbidden", message),
  notFound: (what: string) => new AppError(404, "not_found", `${what} not found.`),
  conflict: (code: string, message: string) => new AppError(409, code, message),
  tooLarge: (message: string) => new AppError(413, "payload_too_large", message),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new AppError(
      429,
      "too_many_attempts",
      `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`,
      undefined,
      { "Retry-After": String(retryAfterSeconds) },
    ),
};
