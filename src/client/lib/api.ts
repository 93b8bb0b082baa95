import type { z } from "zod";

/** A field-level problem reported by the server (`issues` of a 400). */
export type FieldIssue = { field: string; reason: string };

/** Every non-2xx answer of the API, with the server's stable `code` to branch on. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: FieldIssue[];
  /** Seconds to wait, from a 429's Retry-After header. */
  readonly retryAfter: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: FieldIssue[] = [],
    retryAfter: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The session cookie is HttpOnly; the CSRF token that must accompany it on unsafe methods
// comes from login/setup/me and lives here so that every call can echo it.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler | null = null;

/**
 * Registered once by the app: what to do when a protected call answers 401 (the session
 * expired or was revoked elsewhere) — drop cached data and go to sign-in.
 */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | null) {
  onUnauthenticated = handler;
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export type RequestOptions = {
  method?: Method;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Auth endpoints (login, setup, me) answer 401 as part of their normal flow; they must not
   * trigger the redirect to sign-in.
   */
  skipAuthRedirect?: boolean;
};

const UNSAFE: ReadonlySet<Method> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Calls `/api{path}` with JSON in and out; throws {@link ApiError} on any non-2xx answer.
 * With a `schema` the response is parsed by it, so a server/client mismatch fails loudly
 * here instead of as `undefined` deep in a component.
 */
export async function api<S extends z.ZodType>(
  path: string,
  options: RequestOptions & { schema: S },
): Promise<z.output<S>>;
export async function api(path: string, options?: RequestOptions): Promise<unknown>;
export async function api(
  path: string,
  options: RequestOptions & { schema?: z.ZodType } = {},
): Promise<unknown> {
  const method = options.method ?? "GET";
  let response = await send(path, method, options);
  // The token may have been rotated by a sign-in in another tab: fetch the current one from
  // /auth/me and try once more before giving up.
  if (response.status === 403 && UNSAFE.has(method) && (await isCsrfFailure(response))) {
    if (await refreshCsrfToken()) response = await send(path, method, options);
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    if (response.status === 401 && !options.skipAuthRedirect) onUnauthenticated?.();
    throw error;
  }
  if (response.status === 204) return undefined;
  const data: unknown = await response.json();
  return options.schema ? options.schema.parse(data) : data;
}

async function send(path: string, method: Method, options: RequestOptions): Promise<Response> {
  const headers = new Headers({ Accept: "application/json" });
  if (options.body !== undefined) headers.set("Content-Type", "application/json");
  if (UNSAFE.has(method) && csrfToken) headers.set("X-CSRF-Token", csrfToken);
  try {
    return await fetch(`/api${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(
      0,
      "network_error",
      "Warmpath cannot reach its server. Check your connection and try again.",
    );
  }
}

async function isCsrfFailure(response: Response): Promise<boolean> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  return isRecord(body) && body.code === "csrf_failed";
}

async function refreshCsrfToken(): Promise<boolean> {
  try {
    const response = await fetch("/api/auth/me", { credentials: "same-origin" });
    if (!response.ok) return false;
    const body: unknown = await response.json();
    if (!isRecord(body) || typeof body.csrfToken !== "string") return false;
    csrfToken = body.csrfToken;
    return true;
  } catch {
    return false;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const retryAfterHeader = response.headers.get("Retry-After");
  const retryAfter = retryAfterHeader ? Number.parseInt(retryAfterHeader, 10) : Number.NaN;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // A proxy or a crashed server may answer with HTML or nothing at all.
  }
  const record = isRecord(body) ? body : {};
  const code = typeof record.code === "string" ? record.code : `http_${response.status}`;
  const message =
    typeof record.message === "string"
      ? record.message
      : `The server answered ${response.status} ${response.statusText}.`.trim();
  const issues = Array.isArray(record.issues) ? record.issues.filter(isFieldIssue) : [];
  return new ApiError(
    response.status,
    code,
    message,
    issues,
    Number.isFinite(retryAfter) ? retryAfter : null,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value.field === "string" && typeof value.reason === "string";
}
