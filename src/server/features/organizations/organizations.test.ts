import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OrganizationView, PersonView } from "../../../shared/api/network.ts";
import { buildOrganization, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

let ctx: TestContext;
let me: TestClient;
let other: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  other = await signUp(ctx);
});
afterAll(() => ctx.close());

describe("organizations", () => {
  it("creates, reads, lists, patches and deletes", async () => {
    const res = await me.post("/api/organizations", {
      name: "Cedar Grove Foundation",
      website: "cedargrove.example.org",
      sector: "Non-profit",
      size: "50-200",
      research: "Founded 1987. Offices in Halifax and Moncton.",
      tags: ["Target"],
      isTarget: true,
    });
    expect(res.status).toBe(201);
    const org = res.body as OrganizationView;
    expect(org).toMatchObject({
      website: "https://cedargrove.example.org",
      tags: ["target"],
      peopleCount: 0,
      isTarget: true,
    });
    await buildPerson(me, { organizationId: org.id });
    expect((await me.get(`/api/organizations/${org.id}`)).body).toMatchObject({ peopleCount: 1 });
    expect(
      ((await me.get("/api/organizations?q=cedar")).body as OrganizationView[]).map((o) => o.id),
    ).toEqual([org.id]);
    expect(
      ((await me.get("/api/organizations?tag=target")).body as OrganizationView[]).map((o) => o.id),
    ).toEqual([org.id]);
    const patched = await me.patch(`/api/organizations/${org.id}`, {
      notes: "Met their ED at a panel",
    });
    expect(patched.body).toMatchObject({
      name: "Cedar Grove Foundation",
      notes: "Met their ED at a panel",
    });
    expect((await me.delete(`/api/organizations/${org.id}`)).status).toBe(204);
    expect((await me.get(`/api/organizations/${org.id}`)).status).toBe(404);
  });

  it("keeps its people when deleted, without the organization", async () => {
    const org = await buildOrganization(me, { name: "Vanishing Ltd" });
    const p = await buildPerson(me, { organizationId: org.id, name: "Stays Around" });
    await me.delete(`/api/organizations/${org.id}`);
    const after = (await me.get(`/api/people/${p.id}`)).body as PersonView;
    expect(after.organizationId).toBeNull();
    expect((await me.get("/api/people?q=vanishing")).body).toEqual([]);
  });

  it("validates and keeps other workspaces out", async () => {
    const bad = await me.post("/api/organizations", { name: " ", website: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect((bad.body as { issues: { field: string }[] }).issues.map((i) => i.field).sort()).toEqual(
      ["name", "website"],
    );
    const org = await buildOrganization(me);
    expect((await other.get(`/api/organizations/${org.id}`)).status).toBe(404);
    expect((await other.patch(`/api/organizations/${org.id}`, { name: "x" })).status).toBe(404);
    expect((await other.delete(`/api/organizations/${org.id}`)).status).toBe(404);
  });
});
