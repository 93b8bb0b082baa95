import { buildApp } from "../app.ts";
import { loadConfig } from "../config.ts";
import type { Database } from "../db/connect.ts";
import type { AppDeps } from "../http/env.ts";
import { createLogger } from "../logger.ts";
import { openTestDatabase } from "./test-db.ts";

export type TestContext = {
  app: ReturnType<typeof buildApp>;
  database: Database;
  /** The clock the app reads; tests move it to exercise date rules. */
  clock: { now: Date };
  close: () => Promise<void>;
};

/** Builds the real app on a fresh database for one test file. */
export async function createTestContext(
  now = new Date("2026-03-02T09:00:00Z"),
  options: { mail?: (database: Database) => Promise<NonNullable<AppDeps["mail"]>> } = {},
): Promise<TestContext> {
  const database = await openTestDatabase();
  const clock = { now };
  const config = loadConfig({ WARMPATH_WEB_DIR: "dist/web", LOG_LEVEL: "silent" });
  const mail = options.mail ? await options.mail(database) : null;
  const app = buildApp({
    database,
    config,
    logger: createLogger("silent"),
    now: () => clock.now,
    mail,
  });
  return {
    app,
    database,
    clock,
    close: async () => {
      await mail?.outbox.stop();
      await database.close();
    },
  };
}

type Json = Record<string, unknown> | unknown[] | null;

/**
 * A signed-in browser, as seen by the API: keeps the session cookie and echoes the CSRF
 * token on unsafe methods, like the web app does.
 */
export class TestClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(private readonly app: TestContext["app"]) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h["content-type"] = "application/json";
    if (this.cookie) h.cookie = this.cookie;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && method !== "GET" && !("x-csrf-token" in h))
      h["x-csrf-token"] = this.csrfToken;
    const res = await this.app.request(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.get("set-cookie");
    if (setCookie) {
      const [pair] = setCookie.split(";");
      this.cookie = pair && !pair.endsWith("=") ? pair : null;
    }
    const text = await res.text();
    const json =
      text && res.headers.get("content-type")?.includes("json") ? (JSON.parse(text) as Json) : null;
    if (json && !Array.isArray(json) && typeof json.csrfToken === "string")
      this.csrfToken = json.csrfToken;
    return { status: res.status, headers: res.headers, body: json as never, text };
  }

  /** Uploads a contacts file as the import page does: a multipart form, CSRF token echoed. */
  async importFile(format: string, file: Uint8Array | string, mode = "commit", name = "contacts") {
    const form = new FormData();
    const bytes: Uint8Array<ArrayBuffer> =
      typeof file === "string" ? new TextEncoder().encode(file) : new Uint8Array(file);
    form.set("file", new File([bytes], name));
    form.set("format", format);
    form.set("mode", mode);
    const h: Record<string, string> = {};
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrfToken) h["x-csrf-token"] = this.csrfToken;
    const res = await this.app.request("/api/imports", { method: "POST", body: form, headers: h });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  get = (path: string) => this.request("GET", path);
  post = (path: string, body?: unknown) => this.request("POST", path, body ?? {});
  patch = (path: string, body: unknown) => this.request("PATCH", path, body);
  delete = (path: string) => this.request("DELETE", path);
}

/** The workspace a signed-in client works in, as the API reports it. */
export async function workspaceIdOf(client: TestClient): Promise<string> {
  return ((await client.get("/api/auth/me")).body as { workspace: { id: string } }).workspace.id;
}

let counter = 0;

/** Creates an account through the public API and returns its signed-in client. */
export async function signUp(
  ctx: TestContext,
  overrides: Partial<{ email: string; name: string; password: string }> = {},
): Promise<TestClient> {
  const client = new TestClient(ctx.app);
  counter += 1;
  const input = {
    email: `seeker${counter}@example.com`,
    name: `Seeker ${counter}`,
    password: "correct horse battery",
    ...overrides,
  };
  const setup = await client.get("/api/auth/setup");
  const first = (setup.body as { setupRequired: boolean }).setupRequired;
  if (first) {
    const res = await client.post("/api/auth/setup", input);
    if (res.status !== 201) throw new Error(`setup failed: ${res.text}`);
    return client;
  }
  // Later accounts are created the way the CLI does, then sign in through the API.
  const { createUser } = await import("../auth/service.ts");
  await createUser(ctx.database.db, input, { onlyIfFirst: false });
  const res = await client.post("/api/auth/login", {
    email: input.email,
    password: input.password,
  });
  if (res.status !== 200) throw new Error(`login failed: ${res.text}`);
  return client;
}
