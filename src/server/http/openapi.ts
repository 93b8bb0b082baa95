import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context, TypedResponse } from "hono";
import type { AppEnv } from "./env.ts";
import { errors, type FieldIssue } from "./errors.ts";

/** The error body every 4xx/5xx answer carries. */
export const ErrorSchema = z
  .object({
    code: z.string().openapi({ example: "validation_failed" }),
    message: z.string().openapi({ example: "email: must be an e-mail address" }),
    issues: z.array(z.object({ field: z.string(), reason: z.string() })).optional(),
  })
  .openapi("Error");

export const errorResponses = {
  400: { description: "Invalid input", content: { "application/json": { schema: ErrorSchema } } },
  401: { description: "Not signed in", content: { "application/json": { schema: ErrorSchema } } },
  403: { description: "Not allowed", content: { "application/json": { schema: ErrorSchema } } },
  404: { description: "Not found", content: { "application/json": { schema: ErrorSchema } } },
} as const;

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } } as const;
}

/**
 * A JSON document that is already text (a stored result), sent without parsing and
 * serialising it again. `T` is the route's response type: the caller vouches for the shape.
 */
export function storedJson<T>(body: string): TypedResponse<T, 200, "json"> {
  const response = new Response(body, {
    status: 200,
    headers: { "content-type": "application/json; charset=utf-8" },
  });
  return response as unknown as TypedResponse<T, 200, "json">;
}

/**
 * Like storedJson, for a JSON text built by the database, through the context: headers
 * set on it (a next-page cursor) go out with the body.
 */
export function jsonText<T>(c: Context, body: string): TypedResponse<T, 200, "json"> {
  return c.body(body, 200, {
    "content-type": "application/json; charset=utf-8",
  }) as unknown as TypedResponse<T, 200, "json">;
}

function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join(".") : "body",
    reason: issue.message,
  }));
}

/** A router whose validation failures become `400 validation_failed` with field and reason. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw errors.validation(toIssues(result.error));
    },
  });
}
