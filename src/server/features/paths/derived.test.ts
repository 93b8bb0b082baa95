import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  derivedResults,
  introductions,
  networkVersions,
  workspaces,
} from "../../db/schema/index.ts";
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
import { funnelCounts } from "../funnel/repo.ts";
import { decisionMakerPaths, organizationPaths } from "./service.ts";

let ctx: TestContext;
let me: TestClient;
let ws: string;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  ws = await workspaceIdOf(me);
});
afterAll(() => ctx.close());

const version = async (workspaceId: string) =>
  (
    await ctx.database.db
      .select({ version: networkVersions.version })
      .from(networkVersions)
      .where(eq(networkVersions.workspaceId, workspaceId))
  )[0]?.version ?? 0;

/** What the endpoints serve must always equal a fresh computation (decision 0009). */
async function expectServedIsFresh() {
  const served = await me.get("/api/paths/decision-makers");
  expect(served.status).toBe(200);
  expect(served.body).toEqual(await decisionMakerPaths(ctx.database.db, ws));
  const orgs = await me.get("/api/paths/organizations");
  expect(orgs.body).toEqual(await organizationPaths(ctx.database.db, ws));
  const funnel = await me.get("/api/funnel");
  expect(funnel.body).toEqual(await funnelCounts(ctx.database.db, ws));
}

describe("stored network views (decision 0009)", () => {
  it("serves a second read from the stored result, and computes again after a change", async () => {
    const a = await buildPerson(me, { name: "Known directly" });
    const dm = await buildPerson(me, { name: "Hiring manager", canHire: true });
    await buildIntroduction(me, a.id, dm.id, { status: "made" });
    await expectServedIsFresh();
    const stored = async () =>
      (
        await ctx.database.db
          .select()
          .from(derivedResults)
          .where(eq(derivedResults.workspaceId, ws))
      ).find((r) => r.key.startsWith("paths/decision-makers"))!;
    const first = await stored();
    expect(first.version).toBe(await version(ws));
    await me.get("/api/paths/decision-makers");
    expect((await stored()).computedAt).toEqual(first.computedAt);

    const before = await version(ws);
    await me.patch(`/api/people/${dm.id}`, { canHire: false });
    expect(await version(ws)).toBeGreaterThan(before);
    expect((await me.get("/api/paths/decision-makers")).body).toEqual([]);
    expect((await stored()).version).toBe(await version(ws));
  });

  it("is raised by writes that do not go through the API, once per statement", async () => {
    const x = await buildPerson(me);
    const y = await buildPerson(me);
    const before = await version(ws);
    await ctx.database.db.insert(introductions).values([
      { workspaceId: ws, fromPersonId: x.id, toPersonId: y.id, status: "made" },
      { workspaceId: ws, fromPersonId: y.id, toPersonId: x.id, status: "offered" },
    ]);
    expect(await version(ws)).toBe(before + 1);
    await ctx.database.db.delete(introductions).where(eq(introductions.fromPersonId, x.id));
    expect(await version(ws)).toBe(before + 2);
  });

  it("lets a workspace be deleted with everything in it", async () => {
    const other = await signUp(ctx);
    const otherWs = await workspaceIdOf(other);
    const p = await buildPerson(other, { canHire: true });
    const q = await buildPerson(other);
    await buildIntroduction(other, q.id, p.id);
    await other.get("/api/paths/decision-makers");
    await ctx.database.db.delete(workspaces).where(eq(workspaces.id, otherWs));
    expect(await version(otherWs)).toBe(0);
  });

  it("never serves a stale result, whatever changes (property)", async () => {
    const target = await buildOrganization(me, { name: "Target", isTarget: true });
    const ids: string[] = [];
    const intros: string[] = [];
    const pick = (list: string[], i: number) => list[i % list.length];
    const action = fc.oneof(
      fc.record({
        kind: fc.constant("person" as const),
        canHire: fc.boolean(),
        inTarget: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant("introduce" as const),
        from: fc.nat(),
        to: fc.nat(),
        status: fc.constantFrom("offered", "to-ask", "asked", "made", "declined"),
      }),
      fc.record({
        kind: fc.constant("status" as const),
        i: fc.nat(),
        status: fc.constantFrom("offered", "asked", "made", "declined"),
      }),
      fc.record({ kind: fc.constant("unintroduce" as const), i: fc.nat() }),
      fc.record({ kind: fc.constant("hire" as const), i: fc.nat(), canHire: fc.boolean() }),
      fc.record({ kind: fc.constant("delete" as const), i: fc.nat() }),
      fc.record({ kind: fc.constant("meet" as const), i: fc.nat() }),
      fc.record({ kind: fc.constant("target" as const), isTarget: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 3, maxLength: 8 }), async (actions) => {
        for (const a of actions) {
          if (a.kind === "person" || ids.length < 2) {
            const p = await buildPerson(me, {
              canHire: a.kind === "person" ? a.canHire : false,
              organizationId: a.kind === "person" && a.inTarget ? target.id : undefined,
            });
            ids.push(p.id);
          } else if (a.kind === "introduce") {
            const [from, to] = [pick(ids, a.from)!, pick(ids, a.to)!];
            if (from !== to) intros.push((await buildIntroduction(me, from, to, a)).id);
          } else if (a.kind === "status" && intros.length > 0) {
            await me.patch(`/api/introductions/${pick(intros, a.i)}`, { status: a.status });
          } else if (a.kind === "unintroduce" && intros.length > 0) {
            const [id] = intros.splice(a.i % intros.length, 1);
            await me.delete(`/api/introductions/${id}`);
          } else if (a.kind === "hire") {
            await me.patch(`/api/people/${pick(ids, a.i)}`, { canHire: a.canHire });
          } else if (a.kind === "delete") {
            // A deleted person stays on chains but can no longer be introduced.
            const [id] = ids.splice(a.i % ids.length, 1);
            await me.delete(`/api/people/${id}`);
          } else if (a.kind === "meet") {
            await buildMeeting(me, [pick(ids, a.i)!], { status: "held" });
          } else if (a.kind === "target") {
            await me.patch(`/api/organizations/${target.id}`, { isTarget: a.isTarget });
          }
          await expectServedIsFresh();
        }
      }),
      { numRuns: 12 },
    );
  });
});
