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
  /** The whole JSON answer, for codes that carry more than a message (import_rejected's line). */
  readonly body: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: FieldIssue[] = [],
    retryAfter: number | null = null,
    body: unknown = null,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
    this.body = body;
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

/** The header an unsafe request carries with the session cookie (read at each send). */
export function csrfHeader(): Record<string, string> {
  return csrfToken ? { "X-CSRF-Token": csrfToken } : {};
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
  return respond(() => send(path, method, options), UNSAFE.has(method), options);
}

type RespondOptions = { schema?: z.ZodType; skipAuthRedirect?: boolean };

/**
 * Sends a request with `sendOnce`, then parses the answer or throws {@link ApiError}. api()
 * sends with fetch; an upload that reports its progress sends with XMLHttpRequest (fetch has
 * no upload progress) and goes through the same retry and error handling here.
 */
export async function respond<S extends z.ZodType>(
  sendOnce: () => Promise<Response>,
  unsafe: boolean,
  options: RespondOptions & { schema: S },
): Promise<z.output<S>>;
export async function respond(
  sendOnce: () => Promise<Response>,
  unsafe: boolean,
  options: RespondOptions,
): Promise<unknown>;
export async function respond(
  sendOnce: () => Promise<Response>,
  unsafe: boolean,
  options: RespondOptions,
): Promise<unknown> {
  let response = await sendOnce();
  // The token may have been rotated by a sign-in in another tab: fetch the current one from
  // /auth/me and try once more before giving up.
  if (response.status === 403 && unsafe && (await isCsrfFailure(response))) {
    if (await refreshCsrfToken()) response = await sendOnce();
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
  if (UNSAFE.has(method))
    for (const [name, value] of Object.entries(csrfHeader())) headers.set(name, value);
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
    throw networkError();
  }
}

/** What a request that never got an answer throws. */
export function networkError(): ApiError {
  return new ApiError(
    0,
    "network_error",
    "Warmpath cannot reach its server. Check your connection and try again.",
  );
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
    body,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isFieldIssue(value: unknown): value is FieldIssue {
  return isRecord(value) && typeof value.field === "string" && typeof value.reason === "string";
}
