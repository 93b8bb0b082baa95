import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeetingView } from "../../../shared/api/network.ts";
import { buildMeeting, buildOrganization, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
  workspaceIdOf,
} from "../../testing/test-app.ts";

let ctx: TestContext;
let me: TestClient;
let other: TestClient;
beforeAll(async () => {
  ctx = await createTestContext(new Date("2026-03-05T12:00:00Z"));
  me = await signUp(ctx);
  other = await signUp(ctx);
});
afterAll(() => ctx.close());

describe("meetings", () => {
  it("plans a meeting with defaults from the person", async () => {
    const org = await buildOrganization(me, { name: "Harbour Council" });
    const p = await buildPerson(me, { organizationId: org.id });
    const res = await me.post("/api/meetings", {
      personIds: [p.id],
      scheduledAt: "2026-03-12T14:30:00-05:00",
      timeZone: "America/Toronto",
      mode: "in-person",
      location: "Café on King St",
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: "informational",
      mode: "in-person",
      personIds: [p.id],
      organizationId: org.id,
      scheduledAt: "2026-03-12T19:30:00.000Z",
      timeZone: "America/Toronto",
      durationMinutes: 30,
      status: "planned",
      heldAt: null,
    });
  });

  it("validates people, time, time zone and duration", async () => {
    const theirs = await buildPerson(other);
    const res = await me.post("/api/meetings", {
      personIds: [],
      scheduledAt: "next tuesday",
      timeZone: "Mars/Olympus",
      durationMinutes: 1,
      kind: "coffee",
    });
    expect(res.status).toBe(400);
    const fields = (res.body as { issues: { field: string }[] }).issues.map((i) => i.field).sort();
    expect(fields).toEqual(["durationMinutes", "kind", "personIds", "scheduledAt", "timeZone"]);
    const foreign = await me.post("/api/meetings", {
      personIds: [theirs.id],
      scheduledAt: "2026-03-12T14:30:00Z",
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ issues: [{ field: "personIds" }] });
    const noOffset = await me.post("/api/meetings", {
      personIds: [theirs.id],
      scheduledAt: "2026-03-12T14:30:00",
    });
    expect(noOffset.status).toBe(400);
  });

  it("moves planned → held, keeps held meetings held, and edits without losing anything", async () => {
    const p = await buildPerson(me);
    const q = await buildPerson(me);
    const m = (await buildMeeting(me, [p.id], {
      notes: "Bring the brief",
    })) as unknown as MeetingView;
    const held = await me.patch(`/api/meetings/${m.id}`, { status: "held" });
    expect(held.body).toMatchObject({ status: "held", heldAt: "2026-03-05T12:00:00.000Z" });
    const edited = await me.patch(`/api/meetings/${m.id}`, {
      personIds: [p.id, q.id],
      location: "Zoom",
    });
    expect(edited.body).toMatchObject({
      status: "held",
      heldAt: "2026-03-05T12:00:00.000Z",
      notes: "Bring the brief",
      personIds: [p.id, q.id],
    });
    const back = await me.patch(`/api/meetings/${m.id}`, { status: "planned" });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({ code: "invalid_transition" });
  });

  it("lists upcoming soonest first and past most recent first, per person", async () => {
    const fresh = await signUp(ctx);
    const p = await buildPerson(fresh);
    for (const at of [
      "2026-03-01T10:00:00Z",
      "2026-03-20T10:00:00Z",
      "2026-03-08T10:00:00Z",
      "2026-02-01T10:00:00Z",
    ]) {
      await buildMeeting(fresh, [p.id], { scheduledAt: at });
    }
    const upcoming = (await fresh.get("/api/meetings?when=upcoming")).body as MeetingView[];
    expect(upcoming.map((m) => m.scheduledAt)).toEqual([
      "2026-03-08T10:00:00.000Z",
      "2026-03-20T10:00:00.000Z",
    ]);
    const past = (await fresh.get(`/api/meetings?when=past&personId=${p.id}`))
      .body as MeetingView[];
    expect(past.map((m) => m.scheduledAt)).toEqual([
      "2026-03-01T10:00:00.000Z",
      "2026-02-01T10:00:00.000Z",
    ]);
    const page = await fresh.get("/api/meetings?limit=3");
    expect((page.body as MeetingView[]).length).toBe(3);
    const rest = await fresh.get(
      `/api/meetings?limit=3&cursor=${page.headers.get("x-next-cursor")}`,
    );
    expect((rest.body as MeetingView[]).map((m) => m.scheduledAt)).toEqual([
      "2026-02-01T10:00:00.000Z",
    ]);
  });

  it("pages through meetings that share a time to the microsecond", async () => {
    const fresh = await signUp(ctx);
    const ws = await workspaceIdOf(fresh);
    // A cursor cut to the millisecond skipped the rest of the page's last microsecond.
    await ctx.database.query(
      `insert into meetings (workspace_id, kind, mode, scheduled_at, time_zone, duration_minutes)
       select $1, 'informational', 'video', timestamptz '2026-02-10 10:00:00.123456+00', 'UTC', 30
       from generate_series(1, 5)`,
      [ws],
    );
    const ids: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const res = await fresh.get(`/api/meetings?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      ids.push(...(res.body as MeetingView[]).map((m) => m.id));
      cursor = res.headers.get("x-next-cursor");
    }
    expect(new Set(ids).size).toBe(5);
    expect(ids).toHaveLength(5);
  });

  it("keeps other workspaces out", async () => {
    const p = await buildPerson(me);
    const m = await buildMeeting(me, [p.id]);
    expect((await other.get(`/api/meetings/${m.id}`)).status).toBe(404);
    expect((await other.patch(`/api/meetings/${m.id}`, { notes: "x" })).status).toBe(404);
    expect((await other.delete(`/api/meetings/${m.id}`)).status).toBe(404);
    expect(((await other.get("/api/meetings")).body as unknown[]).length).toBe(0);
    expect((await me.delete(`/api/meetings/${m.id}`)).status).toBe(204);
    expect((await me.get(`/api/meetings/${m.id}`)).status).toBe(404);
  });
});
