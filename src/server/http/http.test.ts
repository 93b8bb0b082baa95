import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signUp, TestClient, type TestContext } from "../testing/test-app.ts";
import { testDatabaseKind } from "../testing/test-db.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

describe("HTTP basics", () => {
  it("reports health and which database answers", async () => {
    const res = await ctx.app.request("/api/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: testDatabaseKind });
  });

  it("sends security headers on API and page responses", async () => {
    for (const path of ["/api/health", "/"]) {
      const res = await ctx.app.request(path);
      expect(res.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("answers unknown API paths and malformed bodies with JSON errors", async () => {
    // Anonymous callers learn nothing about which paths exist.
    expect((await ctx.app.request("/api/nothing-here")).status).toBe(401);
    const client = await signUp(ctx);
    const missing = await client.get("/api/nothing-here");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: "not_found" });

    const malformed = await ctx.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { code: string; message: string };
    expect(body.code).toBe("bad_request");
    expect(body.message).not.toMatch(/at .*\.ts:\d+/);
  });

  it("refuses bodies over 1 MB with 413", async () => {
    const res = await ctx.app.request("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "a@example.com", password: "x".repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "payload_too_large" });
  });

  it("requires a signed-in caller everywhere but the public endpoints", async () => {
    const anon = new TestClient(ctx.app);
    expect((await anon.get("/api/tokens")).status).toBe(401);
    expect((await anon.get("/api/health")).status).toBe(200);
  });
});

describe("OpenAPI document", () => {
  it("documents every API endpoint the app serves", async () => {
    const doc = (await (await ctx.app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ":$1")}`),
      ),
    );
    const served = ctx.app.routes
      .filter((r) => r.path.startsWith("/api/") && !r.path.includes("*") && r.method !== "ALL")
      .filter((r) => !r.path.startsWith("/api/docs") && r.path !== "/api/openapi.json")
      .map((r) => `${r.method} ${r.path}`);
    expect(served.length).toBeGreaterThan(5);
    for (const route of served) expect(documented, route).toContain(route);
  });

  it("serves a readable API reference page", async () => {
    const res = await ctx.app.request("/api/docs");
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("/api/docs/assets/swagger-ui-bundle.js");
    const asset = await ctx.app.request("/api/docs/assets/swagger-ui-bundle.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("content-type")).toContain("javascript");
  });
});
