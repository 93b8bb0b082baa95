import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "./env.ts";
import { AppError } from "./errors.ts";

/** Every error becomes `{code, message}`; a stack trace goes to the log, never to the client. */
export function handleError(error: Error, c: Context<AppEnv>) {
  if (error instanceof AppError) {
    for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
    return c.json(
      {
        code: error.code,
        message: error.message,
        ...(error.issues ? { issues: error.issues } : {}),
      },
      error.status,
    );
  }
  if (error instanceof HTTPException) {
    const status = error.status;
    const code =
      status === 413 ? "payload_too_large" : status === 400 ? "bad_request" : "http_error";
    return c.json({ code, message: error.message || "The request could not be handled." }, status);
  }
  c.var.deps.logger.error(
    { err: error, path: c.req.path, method: c.req.method },
    "unhandled error",
  );
  return c.json(
    { code: "internal_error", message: "Something went wrong on our side; it has been logged." },
    500,
  );
}

export function handleApiNotFound(c: Context<AppEnv>) {
  return c.json(
    { code: "not_found", message: `No API endpoint at ${c.req.method} ${c.req.path}.` },
    404,
  );
}
