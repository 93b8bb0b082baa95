import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildIntroduction,
  buildMeeting,
  buildOrganization,
  buildPerson,
} from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
  workspaceIdOf,
} from "../../testing/test-app.ts";
import { peopleJson } from "./page-json.ts";
import { presentPerson } from "./present.ts";
import { getPeopleByIds } from "./repo.ts";

// GET /api/people sends the JSON the database builds; every other endpoint sends
// presentPerson(). A client must not be able to tell them apart.
let ctx: TestContext;
let me: TestClient;
let ws: string;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  ws = await workspaceIdOf(me);
});
afterAll(() => ctx.close());

describe("a page of people built by the database", () => {
  it("equals presentPerson() field for field, in the order asked", async () => {
    const org = await buildOrganization(me, { name: 'Løvén & "Partners"' });
    const full = await buildPerson(me, {
      name: "Zoë O'Neill",
      givenName: "Zoë",
      familyName: "O'Neill",
      emails: ["zoe@example.com", "z.oneill@example.org"],
      phones: ["+33 1 23 45 67 89"],
      profileUrl: "https://www.linkedin.com/in/zoe-oneill",
      title: "Head of \\ Research\nand Data",
      organizationId: org.id,
      startedAt: "2019-03-04",
      canHire: true,
      howWeMet: "Alumni dinner — table 4",
      metOn: "2024-03-12",
      tags: ["alumni", "target"],
      notes: 'Tab\there, emoji 🌱, quote "x"',
    });
    const bare = await buildPerson(me, { name: "Bo" });
    const introducer = await buildPerson(me);
    await buildIntroduction(me, introducer.id, full.id, {
      status: "made",
      madeAt: "2026-05-01T10:00:00.123Z",
    });
    await buildMeeting(me, [full.id], { scheduledAt: "2026-04-02T08:15:00Z", status: "held" });
    const gone = await buildPerson(me, { name: "Gone Person" });
    expect((await me.delete(`/api/people/${gone.id}`)).status).toBe(204);

    const ids = [gone.id, full.id, bare.id, introducer.id];
    const built = JSON.parse(await peopleJson(ctx.database.db, ws, ids));
    const records = await getPeopleByIds(ctx.database.db, ws, ids);
    const presented = ids.map((id) => presentPerson(records.find((r) => r.person.id === id)!));
    expect(built).toEqual(presented);
    expect(built[1].introducedBy).toEqual({
      introductionId: expect.any(String),
      fromPersonId: introducer.id,
    });
    expect(built[1].lastContactedAt).toBe("2026-04-02T08:15:00.000Z");
    expect(built[0].deletedAt).not.toBeNull();
  });

  it("leaves out ids of another workspace and answers [] for none", async () => {
    const other = await signUp(ctx);
    const theirs = await buildPerson(other);
    const mine = await buildPerson(me);
    const built = JSON.parse(await peopleJson(ctx.database.db, ws, [theirs.id, mine.id]));
    expect(built.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    expect(await peopleJson(ctx.database.db, ws, [theirs.id])).toBe("[]");
    expect(await peopleJson(ctx.database.db, ws, [])).toBe("[]");
  });
});
