import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { introductions, meetingPeople, meetings } from "../../db/schema/index.ts";
import { buildIntroduction, buildMeeting, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

// lastContactedAt and introducedBy are kept on the person's row by the database (migration
// 0013). These tests change meetings and introductions in every way that can move them,
// through the API and with plain SQL, and read the person back each time.
let ctx: TestContext;
let me: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
});
afterAll(() => ctx.close());

type Shown = {
  id: string;
  lastContactedAt: string | null;
  introducedBy: { introductionId: string; fromPersonId: string } | null;
};
const personOf = async (id: string): Promise<Shown> => (await me.get(`/api/people/${id}`)).body;
// The list reads the same columns through another query: check it too.
const inList = async (id: string): Promise<Shown | undefined> =>
  ((await me.get(`/api/people?ids=${id}`)).body as Shown[]).find((p) => p.id === id);

describe("last contacted (M12: who was met, and when)", () => {
  it("follows held meetings as they are held, moved, left and deleted", async () => {
    const ana = await buildPerson(me);
    const ben = await buildPerson(me);
    const first = await buildMeeting(me, [ana.id], { scheduledAt: "2026-02-01T09:00:00Z" });
    expect((await personOf(ana.id)).lastContactedAt).toBeNull();

    await me.patch(`/api/meetings/${first.id}`, {
      status: "held",
      heldAt: "2026-02-01T09:30:00Z",
    });
    expect((await personOf(ana.id)).lastContactedAt).toBe("2026-02-01T09:30:00.000Z");
    expect((await inList(ana.id))?.lastContactedAt).toBe("2026-02-01T09:30:00.000Z");

    const second = await buildMeeting(me, [ana.id, ben.id], {
      scheduledAt: "2026-03-05T14:00:00Z",
      status: "held",
    });
    expect((await personOf(ana.id)).lastContactedAt).toBe("2026-03-05T14:00:00.000Z");
    expect((await personOf(ben.id)).lastContactedAt).toBe("2026-03-05T14:00:00.000Z");

    // Ben leaves the later meeting: he was never met.
    await me.patch(`/api/meetings/${second.id}`, { personIds: [ana.id] });
    expect((await personOf(ben.id)).lastContactedAt).toBeNull();

    // The later meeting is deleted: Ana was last met at the first one.
    expect((await me.delete(`/api/meetings/${second.id}`)).status).toBe(204);
    expect((await personOf(ana.id)).lastContactedAt).toBe("2026-02-01T09:30:00.000Z");

    await me.patch(`/api/meetings/${first.id}`, { heldAt: "2026-02-02T10:00:00Z" });
    expect((await personOf(ana.id)).lastContactedAt).toBe("2026-02-02T10:00:00.000Z");

    expect((await me.delete(`/api/meetings/${first.id}`)).status).toBe(204);
    expect((await personOf(ana.id)).lastContactedAt).toBeNull();
  });

  it("is kept by writes that do not go through the API", async () => {
    const cy = await buildPerson(me);
    const dot = await buildPerson(me);
    const m = await buildMeeting(me, [dot.id], {
      scheduledAt: "2026-04-01T08:00:00Z",
      status: "held",
    });
    const [row] = await ctx.database.db.select().from(meetings).where(eq(meetings.id, m.id));
    await ctx.database.db
      .insert(meetingPeople)
      .values({ workspaceId: row!.workspaceId, meetingId: m.id, personId: cy.id });
    expect((await personOf(cy.id)).lastContactedAt).toBe("2026-04-01T08:00:00.000Z");
    await ctx.database.db.update(meetings).set({ heldAt: null }).where(eq(meetings.id, m.id));
    expect((await personOf(cy.id)).lastContactedAt).toBe("2026-04-01T08:00:00.000Z");
    await ctx.database.db.delete(meetings).where(eq(meetings.id, m.id));
    expect((await personOf(cy.id)).lastContactedAt).toBeNull();
    expect((await personOf(dot.id)).lastContactedAt).toBeNull();
  });
});

describe("introduced by (M11: the chain of introductions)", () => {
  it("is the first made introduction, and moves when it is declined or deleted", async () => {
    const dee = await buildPerson(me);
    const eli = await buildPerson(me);
    const fay = await buildPerson(me);
    const target = await buildPerson(me);

    const offered = await buildIntroduction(me, dee.id, target.id);
    expect((await personOf(target.id)).introducedBy).toBeNull();

    await me.patch(`/api/introductions/${offered.id}`, {
      status: "made",
      madeAt: "2026-05-01T10:00:00Z",
    });
    const byDee = { introductionId: offered.id, fromPersonId: dee.id };
    expect((await personOf(target.id)).introducedBy).toEqual(byDee);
    expect((await inList(target.id))?.introducedBy).toEqual(byDee);

    const later = await buildIntroduction(me, eli.id, target.id, {
      status: "made",
      madeAt: "2026-06-01T10:00:00Z",
    });
    expect((await personOf(target.id)).introducedBy).toEqual(byDee);

    await me.patch(`/api/introductions/${offered.id}`, { status: "declined" });
    expect((await personOf(target.id)).introducedBy).toEqual({
      introductionId: later.id,
      fromPersonId: eli.id,
    });

    // Written without the API, and removed again.
    const [direct] = await ctx.database.db
      .insert(introductions)
      .values({
        workspaceId: (
          await ctx.database.db.select().from(introductions).where(eq(introductions.id, later.id))
        )[0]!.workspaceId,
        fromPersonId: fay.id,
        toPersonId: target.id,
        status: "made",
        madeAt: new Date("2026-01-01T00:00:00Z"),
      })
      .returning();
    expect((await personOf(target.id)).introducedBy).toEqual({
      introductionId: direct!.id,
      fromPersonId: fay.id,
    });
    await ctx.database.db.delete(introductions).where(eq(introductions.id, direct!.id));
    expect((await me.delete(`/api/introductions/${later.id}`)).status).toBe(204);
    expect((await personOf(target.id)).introducedBy).toBeNull();
  });
});
