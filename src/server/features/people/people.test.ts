import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonView } from "../../../shared/api/network.ts";
import { buildIntroduction, buildOrganization, buildPerson } from "../../testing/factories.ts";
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

describe("people", () => {
  it("creates a person with every field and reads it back", async () => {
    const org = await buildOrganization(me, { name: "Northwind Health" });
    const res = await me.post("/api/people", {
      givenName: "Maria",
      familyName: "Chen",
      emails: ["Maria.Chen@Northwind.example"],
      phones: ["+1 416 555 0100"],
      profileUrl: "linkedin.com/in/maria-chen",
      title: "Director of Operations",
      organizationId: org.id,
      startedAt: "2015-04-01",
      canHire: true,
      howWeMet: "Alumni breakfast",
      tags: ["Alumni", "ops"],
      notes: "Prefers mornings",
    });
    expect(res.status).toBe(201);
    const p = res.body as PersonView;
    expect(p).toMatchObject({
      name: "Maria Chen",
      givenName: "Maria",
      familyName: "Chen",
      emails: ["maria.chen@northwind.example"],
      profileUrl: "https://linkedin.com/in/maria-chen",
      organizationId: org.id,
      organizationName: "Northwind Health",
      startedAt: "2015-04-01",
      canHire: true,
      tags: ["alumni", "ops"],
      lastContactedAt: null,
      introducedBy: null,
      deletedAt: null,
    });
    expect(typeof p.id).toBe("string");
    expect(p.createdAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect((await me.get(`/api/people/${p.id}`)).body).toEqual(p);
  });

  it("answers 400 with the field and the reason", async () => {
    const res = await me.post("/api/people", {
      emails: ["not-an-email"],
      startedAt: "2024-13-45",
      profileUrl: "ftp://example.com",
      organizationId: "nope",
    });
    expect(res.status).toBe(400);
    const fields = (res.body as { issues: { field: string }[] }).issues.map((i) => i.field).sort();
    expect(fields).toEqual(["emails.0", "organizationId", "profileUrl", "startedAt"]);
    const noName = await me.post("/api/people", { title: "Nameless" });
    expect(noName.status).toBe(400);
    expect(noName.body).toMatchObject({ issues: [{ field: "name", reason: "is required" }] });
  });

  it("refuses an organization of another workspace", async () => {
    const theirs = await buildOrganization(other);
    const res = await me.post("/api/people", { name: "X", organizationId: theirs.id });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ issues: [{ field: "organizationId" }] });
  });

  it("matches or creates the organization by name", async () => {
    const a = (await buildPerson(me, {
      organizationName: "Lakeside Bank",
    })) as unknown as PersonView;
    const b = (await buildPerson(me, {
      organizationName: "lakeside bank",
    })) as unknown as PersonView;
    expect(a.organizationId).not.toBeNull();
    expect(b.organizationId).toBe(a.organizationId);
  });

  it("patches only the fields sent", async () => {
    const p = await buildPerson(me, { name: "Sam Ortiz", title: "Analyst", notes: "keep me" });
    const res = await me.patch(`/api/people/${p.id}`, { title: "Senior Analyst", canHire: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: "Sam Ortiz",
      title: "Senior Analyst",
      canHire: true,
      notes: "keep me",
    });
    expect((await me.patch(`/api/people/${p.id}`, { emails: ["bad"] })).status).toBe(400);
  });

  it("searches by name, organization, title and tag, and pages with a cursor", async () => {
    const org = await buildOrganization(me, { name: "Zephyr Robotics" });
    for (let i = 0; i < 7; i++) {
      await buildPerson(me, {
        name: `Zed Person ${i}`,
        organizationId: org.id,
        title: i % 2 ? "Engineer" : "Recruiter",
        tags: i === 3 ? ["mentor"] : [],
      });
    }
    const byOrg = await me.get("/api/people?q=zephyr");
    expect((byOrg.body as PersonView[]).length).toBe(7);
    const twoWords = await me.get("/api/people?q=zephyr%20recruit");
    expect((twoWords.body as PersonView[]).map((p) => p.title)).toEqual([
      "Recruiter",
      "Recruiter",
      "Recruiter",
      "Recruiter",
    ]);
    const byTag = await me.get("/api/people?tag=mentor");
    expect((byTag.body as PersonView[]).map((p) => p.name)).toEqual(["Zed Person 3"]);
    const byOrgId = await me.get(`/api/people?organizationId=${org.id}&limit=3`);
    expect((byOrgId.body as PersonView[]).map((p) => p.name)).toEqual([
      "Zed Person 0",
      "Zed Person 1",
      "Zed Person 2",
    ]);
    const cursor = byOrgId.headers.get("x-next-cursor");
    expect(cursor).toBeTruthy();
    expect(byOrgId.headers.get("link")).toContain('rel="next"');
    const page2 = await me.get(`/api/people?organizationId=${org.id}&limit=3&cursor=${cursor}`);
    expect((page2.body as PersonView[]).map((p) => p.name)).toEqual([
      "Zed Person 3",
      "Zed Person 4",
      "Zed Person 5",
    ]);
    const page3 = await me.get(
      `/api/people?organizationId=${org.id}&limit=3&cursor=${page2.headers.get("x-next-cursor")}`,
    );
    expect((page3.body as PersonView[]).map((p) => p.name)).toEqual(["Zed Person 6"]);
    expect(page3.headers.get("x-next-cursor")).toBeNull();
    expect((await me.get("/api/people?cursor=garbage")).status).toBe(400);
    expect((await me.get("/api/people?limit=0")).status).toBe(400);
    // Wildcards in q match literally.
    expect((await me.get("/api/people?q=%25")).body).toEqual([]);
  });

  it("keeps renamed organizations searchable", async () => {
    const org = await buildOrganization(me, { name: "Old Name Co" });
    await buildPerson(me, { name: "Rename Watcher", organizationId: org.id });
    await me.patch(`/api/organizations/${org.id}`, { name: "Brightline Labs" });
    expect(
      ((await me.get("/api/people?q=brightline")).body as PersonView[]).map((p) => p.name),
    ).toEqual(["Rename Watcher"]);
    expect((await me.get("/api/people?q=old%20name%20co")).body).toEqual([]);
  });

  it("soft-deletes: gone from lists, still readable on an introduction chain", async () => {
    const a = await buildPerson(me, { name: "Chain Start" });
    const b = await buildPerson(me, { name: "Chain Middle" });
    const intro = await buildIntroduction(me, a.id, b.id);
    expect((await me.delete(`/api/people/${b.id}`)).status).toBe(204);
    expect((await me.get("/api/people?q=chain%20middle")).body).toEqual([]);
    const read = await me.get(`/api/people/${b.id}`);
    expect(read.status).toBe(200);
    expect((read.body as PersonView).deletedAt).not.toBeNull();
    const intros = (await me.get(`/api/introductions?personId=${a.id}`)).body as { id: string }[];
    expect(intros.map((i) => i.id)).toEqual([intro.id]);
    expect((await me.delete(`/api/people/${b.id}`)).status).toBe(404);
    // Looked up by id (to draw a chain), the deleted person still answers.
    const byIds = (await me.get(`/api/people?ids=${a.id},${b.id}`)).body as PersonView[];
    expect(byIds.map((p) => p.name).sort()).toEqual(["Chain Middle", "Chain Start"]);
    expect((await me.get("/api/people?ids=nope")).status).toBe(400);
    expect((await me.patch(`/api/people/${b.id}`, { title: "x" })).status).toBe(404);
  });

  it("never shows or changes another workspace's people", async () => {
    const mine = await buildPerson(me, { name: "Private Person" });
    expect((await other.get(`/api/people/${mine.id}`)).status).toBe(404);
    expect((await other.get(`/api/people/${mine.id}/overview`)).status).toBe(404);
    expect((await other.patch(`/api/people/${mine.id}`, { name: "Hacked" })).status).toBe(404);
    expect((await other.delete(`/api/people/${mine.id}`)).status).toBe(404);
    expect((await other.get("/api/people?q=private")).body).toEqual([]);
    expect((await me.get(`/api/people/${mine.id}`)).body).toMatchObject({ name: "Private Person" });
    expect((await me.get("/api/people/not-a-uuid")).status).toBe(400);
    expect((await me.get("/api/people/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });

  it("gives the person page data in one call", async () => {
    const org = await buildOrganization(me, { name: "Overview Org" });
    const p = await buildPerson(me, { name: "Olga Overview", organizationId: org.id });
    const q = await buildPerson(me, { name: "Quinn Referred" });
    await buildIntroduction(me, p.id, q.id, { status: "made" });
    const meeting = await me.post("/api/meetings", {
      personIds: [p.id],
      scheduledAt: "2026-02-20T10:00:00Z",
      status: "held",
    });
    expect(meeting.status).toBe(201);
    const res = await me.get(`/api/people/${p.id}/overview`);
    expect(res.status).toBe(200);
    const body = res.body as {
      person: PersonView;
      organization: { name: string };
      meetings: unknown[];
      introductionsOut: unknown[];
      introductionsIn: unknown[];
      related: { id: string; name: string; deleted: boolean }[];
    };
    expect(body.person.lastContactedAt).toBe("2026-02-20T10:00:00.000Z");
    expect(body.organization.name).toBe("Overview Org");
    expect(body.meetings).toHaveLength(1);
    expect(body.introductionsOut).toHaveLength(1);
    expect(body.introductionsIn).toHaveLength(0);
    expect(body.related).toEqual([{ id: q.id, name: "Quinn Referred", deleted: false }]);
    const quinn = (await me.get(`/api/people/${q.id}`)).body as PersonView;
    expect(quinn.introducedBy).toMatchObject({ fromPersonId: p.id });
    // A deleted person stays on the page's chain, marked as deleted.
    expect((await me.delete(`/api/people/${q.id}`)).status).toBe(204);
    const after = (await me.get(`/api/people/${p.id}/overview`)).body as typeof body;
    expect(after.related).toEqual([{ id: q.id, name: "Quinn Referred", deleted: true }]);
  });
});
