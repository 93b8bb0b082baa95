import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IntroductionView } from "../../../shared/api/network.ts";
import { buildIntroduction, buildMeeting, buildPerson } from "../../testing/factories.ts";
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
  ctx = await createTestContext(new Date("2026-03-05T12:00:00Z"));
  me = await signUp(ctx);
  other = await signUp(ctx);
});
afterAll(() => ctx.close());

describe("introductions (M11)", () => {
  it("records an offered introduction from a meeting and stamps each status change", async () => {
    const a = await buildPerson(me);
    const b = await buildPerson(me);
    const m = await buildMeeting(me, [a.id], { status: "held" });
    const created = await me.post("/api/introductions", {
      fromPersonId: a.id,
      toPersonId: b.id,
      meetingId: m.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: "offered",
      meetingId: m.id,
      offeredAt: "2026-03-05T12:00:00.000Z",
      madeAt: null,
    });
    const id = (created.body as IntroductionView).id;
    ctx.clock.now = new Date("2026-03-09T08:00:00Z");
    const made = await me.patch(`/api/introductions/${id}`, { status: "made" });
    expect(made.body).toMatchObject({
      status: "made",
      offeredAt: "2026-03-05T12:00:00.000Z",
      madeAt: "2026-03-09T08:00:00.000Z",
    });
    const list = (await me.get(`/api/introductions?meetingId=${m.id}`)).body as IntroductionView[];
    expect(list.map((i) => i.id)).toEqual([id]);
  });

  it("refuses an introduction to oneself, unknown people and bad statuses", async () => {
    const a = await buildPerson(me);
    const self = await me.post("/api/introductions", { fromPersonId: a.id, toPersonId: a.id });
    expect(self.status).toBe(400);
    expect(self.body).toMatchObject({ issues: [{ field: "toPersonId" }] });
    const theirs = await buildPerson(other);
    const foreign = await me.post("/api/introductions", {
      fromPersonId: a.id,
      toPersonId: theirs.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ issues: [{ field: "toPersonId" }] });
    const bad = await me.post("/api/introductions", {
      fromPersonId: a.id,
      toPersonId: theirs.id,
      status: "maybe",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ issues: [{ field: "status" }] });
  });

  it("keeps other workspaces out", async () => {
    const a = await buildPerson(me);
    const b = await buildPerson(me);
    const intro = await buildIntroduction(me, a.id, b.id);
    expect((await other.patch(`/api/introductions/${intro.id}`, { status: "made" })).status).toBe(
      404,
    );
    expect((await other.delete(`/api/introductions/${intro.id}`)).status).toBe(404);
    expect((await other.get("/api/introductions")).body).toEqual([]);
    expect((await me.delete(`/api/introductions/${intro.id}`)).status).toBe(204);
    expect((await me.patch(`/api/introductions/${intro.id}`, { status: "made" })).status).toBe(404);
  });
});
