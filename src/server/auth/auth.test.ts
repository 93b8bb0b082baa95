import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signUp, TestClient, type TestContext } from "../testing/test-app.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const password = "correct horse battery";

describe("first-run set-up", () => {
  it("refuses invalid input with the field and the reason", async () => {
    const res = await new TestClient(ctx.app).post("/api/auth/setup", {
      email: "not-an-email",
      name: "",
      password: "short",
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "validation_failed" });
    const fields = (res.body as { issues: { field: string }[] }).issues.map((i) => i.field);
    expect(fields.sort()).toEqual(["email", "name", "password"]);
  });

  it("works once, then answers 409", async () => {
    const first = new TestClient(ctx.app);
    expect((await first.get("/api/auth/setup")).body).toEqual({ setupRequired: true });
    const res = await first.post("/api/auth/setup", {
      email: "owner@example.com",
      name: "Olu",
      password,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ user: { email: "owner@example.com", name: "Olu" } });
    expect(res.headers.get("set-cookie")).toMatch(/HttpOnly/);
    expect(res.headers.get("set-cookie")).toMatch(/SameSite=Lax/);
    expect((await first.get("/api/auth/me")).status).toBe(200);

    const second = new TestClient(ctx.app);
    expect((await second.get("/api/auth/setup")).body).toEqual({ setupRequired: false });
    const again = await second.post("/api/auth/setup", {
      email: "x@example.com",
      name: "X",
      password,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: "setup_done" });
  });
});

describe("sign-in and sign-out", () => {
  it("signs in, rotates the session id, and signs out", async () => {
    const client = new TestClient(ctx.app);
    const login = await client.post("/api/auth/login", { email: "OWNER@example.com", password });
    expect(login.status).toBe(200);
    const firstCookie = client.cookie;
    expect(firstCookie).toMatch(/^wp_session=/);

    await client.post("/api/auth/login", { email: "owner@example.com", password });
    expect(client.cookie).not.toBe(firstCookie);
    // The previous session id no longer opens anything.
    const stale = await ctx.app.request("/api/auth/me", { headers: { cookie: firstCookie! } });
    expect(stale.status).toBe(401);

    expect((await client.post("/api/auth/logout")).status).toBe(204);
    client.cookie ??= null;
    const after = await client.get("/api/auth/me");
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ code: "unauthenticated" });
  });

  it("answers a wrong password with 401 and no cookie", async () => {
    const client = new TestClient(ctx.app);
    const res = await client.post("/api/auth/login", {
      email: "owner@example.com",
      password: "nope-nope",
    });
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ code: "invalid_credentials" });
    expect(res.headers.get("set-cookie")).toBeNull();
  });

  it("marks the cookie Secure when configured behind https", async () => {
    const { buildApp } = await import("../app.ts");
    const { loadConfig } = await import("../config.ts");
    const { createLogger } = await import("../logger.ts");
    const app = buildApp({
      database: ctx.database,
      config: loadConfig({ PUBLIC_URL: "https://warmpath.example.org", LOG_LEVEL: "silent" }),
      logger: createLogger("silent"),
      now: () => ctx.clock.now,
      mail: null,
    });
    const res = await app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@example.com", password }),
    });
    expect(res.headers.get("set-cookie")).toMatch(/; Secure/);
  });
});

describe("throttling", () => {
  it("locks an account after 5 failures for 15 minutes, even for the right password", async () => {
    const victim = await signUp(ctx, { email: "throttle@example.com", password });
    expect(victim.cookie).not.toBeNull();
    const attacker = new TestClient(ctx.app);
    for (let i = 0; i < 5; i++) {
      const res = await attacker.post("/api/auth/login", {
        email: "throttle@example.com",
        password: `wrong-${i}`,
      });
      expect(res.status).toBe(401);
    }
    const locked = await attacker.post("/api/auth/login", {
      email: "throttle@example.com",
      password,
    });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: "too_many_attempts" });
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);

    ctx.clock.now = new Date(ctx.clock.now.getTime() + 16 * 60_000);
    const later = await attacker.post("/api/auth/login", {
      email: "throttle@example.com",
      password,
    });
    expect(later.status).toBe(200);
  });

  it("locks a client address after 20 failures across accounts", async () => {
    const attacker = new TestClient(ctx.app);
    for (let i = 0; i < 20; i++) {
      await attacker.post("/api/auth/login", {
        email: `nobody${i}@example.com`,
        password: "wrong-password",
      });
    }
    const res = await attacker.post("/api/auth/login", { email: "owner@example.com", password });
    expect(res.status).toBe(429);
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 16 * 60_000);
  });
});

describe("CSRF and tokens", () => {
  it("refuses a cookie-authenticated unsafe request without the CSRF token", async () => {
    const client = await signUp(ctx);
    const res = await client.request(
      "POST",
      "/api/tokens",
      { name: "laptop" },
      { "x-csrf-token": "" },
    );
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: "csrf_failed" });
    const ok = await client.post("/api/tokens", { name: "laptop" });
    expect(ok.status).toBe(201);
  });

  it("lets a bearer token call the API without a CSRF token, until revoked", async () => {
    const client = await signUp(ctx);
    const created = await client.post("/api/tokens", { name: "script" });
    const { token, id } = created.body as { token: string; id: string };
    expect(token).toMatch(/^wp_/);

    const script = new TestClient(ctx.app);
    script.bearer = token;
    const me = await script.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ csrfToken: null });
    expect((await script.post("/api/tokens", { name: "from-script" })).status).toBe(201);

    expect((await client.delete(`/api/tokens/${id}`)).status).toBe(204);
    expect((await script.get("/api/auth/me")).status).toBe(401);
  });

  it("records a token's last use to the minute, without a write on every request", async () => {
    const client = await signUp(ctx);
    const created = await client.post("/api/tokens", { name: "poller" });
    const { token, id } = created.body as { token: string; id: string };
    const script = new TestClient(ctx.app);
    script.bearer = token;
    const lastUsed = async () =>
      ((await client.get("/api/tokens")).body as { id: string; lastUsedAt: string | null }[]).find(
        (t) => t.id === id,
      )!.lastUsedAt;
    const start = ctx.clock.now;
    try {
      expect(await lastUsed()).toBeNull();
      await script.get("/api/auth/me");
      expect(await lastUsed()).toBe(start.toISOString());
      ctx.clock.now = new Date(start.getTime() + 30_000);
      await script.get("/api/auth/me");
      expect(await lastUsed()).toBe(start.toISOString());
      ctx.clock.now = new Date(start.getTime() + 90_000);
      await script.get("/api/auth/me");
      expect(await lastUsed()).toBe(ctx.clock.now.toISOString());
    } finally {
      ctx.clock.now = start;
    }
  });

  it("never lets one account touch another account's tokens", async () => {
    const alice = await signUp(ctx);
    const bob = await signUp(ctx);
    const created = await alice.post("/api/tokens", { name: "alice's" });
    const { id } = created.body as { id: string };
    expect((await bob.delete(`/api/tokens/${id}`)).status).toBe(404);
    const bobs = (await bob.get("/api/tokens")).body as { id: string }[];
    expect(bobs.map((t) => t.id)).not.toContain(id);
    expect(((await alice.get("/api/tokens")).body as { id: string }[]).map((t) => t.id)).toContain(
      id,
    );
  });
});
