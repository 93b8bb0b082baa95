import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DecisionMakerPath } from "../../../shared/api/network.ts";
import { introductions, people, workspaces } from "../../db/schema/index.ts";
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
} from "../../testing/test-app.ts";
import { MAX_HOPS } from "./repo.ts";
import { decisionMakerPaths } from "./service.ts";

let ctx: TestContext;
let me: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
});
afterAll(() => ctx.close());

describe("paths to decision-makers (M1, M2)", () => {
  it("follows a chain of introductions to a decision-maker, and knows who was met", async () => {
    const org = await buildOrganization(me, { name: "Target Co" });
    const ana = await buildPerson(me, { name: "Ana (known directly)" });
    const ben = await buildPerson(me, { name: "Ben" });
    const dm = await buildPerson(me, {
      name: "Dee (hiring manager)",
      canHire: true,
      organizationId: org.id,
    });
    await buildIntroduction(me, ana.id, ben.id, { status: "made" });
    await buildIntroduction(me, ben.id, dm.id, { status: "offered" });

    let paths = (await me.get("/api/paths/decision-makers")).body as DecisionMakerPath[];
    expect(paths).toEqual([
      {
        decisionMakerId: dm.id,
        organizationId: org.id,
        met: false,
        path: [ana.id, ben.id, dm.id],
        hops: 2,
        complete: false,
      },
    ]);

    await buildMeeting(me, [dm.id], { status: "held" });
    paths = (await me.get("/api/paths/decision-makers")).body as DecisionMakerPath[];
    expect(paths[0]).toMatchObject({ met: true, hops: 2 });
  });

  it("ignores declined introductions and survives cycles and several parents", async () => {
    const a = await buildPerson(me, { name: "A" });
    const b = await buildPerson(me, { name: "B" });
    const c = await buildPerson(me, { name: "C" });
    const dm = await buildPerson(me, { name: "DM", canHire: true });
    await buildIntroduction(me, a.id, b.id, { status: "made" });
    await buildIntroduction(me, b.id, c.id, { status: "made" });
    await buildIntroduction(me, c.id, b.id, { status: "made" }); // cycle b ⇄ c
    await buildIntroduction(me, c.id, dm.id, { status: "made" });
    await buildIntroduction(me, a.id, dm.id, { status: "declined" }); // not a shortcut
    const paths = (await me.get("/api/paths/decision-makers")).body as DecisionMakerPath[];
    const mine = paths.find((p) => p.decisionMakerId === dm.id)!;
    expect(mine.path).toEqual([a.id, b.id, c.id, dm.id]);
    expect(mine).toMatchObject({ hops: 3, complete: true });
  });

  it("lists people inside target organizations where no decision-maker was met", async () => {
    const target = await buildOrganization(me, { name: "Dream Employer", isTarget: true });
    const known = await buildPerson(me, { name: "Kim" });
    const inside = await buildPerson(me, { name: "Ira Inside", organizationId: target.id });
    await buildIntroduction(me, known.id, inside.id, { status: "to-ask" });
    const res = await me.get("/api/paths/organizations");
    expect(res.status).toBe(200);
    const entry = (
      res.body as {
        organizationId: string;
        people: { personId: string; path: string[]; hops: number }[];
      }[]
    ).find((o) => o.organizationId === target.id);
    expect(entry?.people).toEqual([{ personId: inside.id, path: [known.id, inside.id], hops: 1 }]);
  });

  it("returns only real, shortest chains on random graphs (property)", async () => {
    const db = ctx.database.db;
    const graph = fc.integer({ min: 2, max: 10 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        canHire: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        edges: fc.uniqueArray(
          fc.record({
            from: fc.nat(n - 1),
            to: fc.nat(n - 1),
            status: fc.constantFrom("offered", "to-ask", "asked", "made", "declined" as const),
          }),
          { maxLength: n * 3, selector: (e) => `${e.from}>${e.to}` },
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(graph, async ({ n, canHire, edges }) => {
        const [ws] = await db.insert(workspaces).values({ name: "property" }).returning();
        const rows = await db
          .insert(people)
          .values(canHire.map((h, i) => ({ workspaceId: ws!.id, name: `P${i}`, canHire: h })))
          .returning({ id: people.id });
        const ids = rows.map((r) => r.id);
        const live = edges.filter((e) => e.from !== e.to);
        if (live.length > 0) {
          await db.insert(introductions).values(
            live.map((e) => ({
              workspaceId: ws!.id,
              fromPersonId: ids[e.from]!,
              toPersonId: ids[e.to]!,
              status: e.status,
            })),
          );
        }
        // Reference: breadth-first search from everyone nobody introduced.
        const followed = live.filter((e) => e.status !== "declined");
        const roots = [...Array(n).keys()].filter((i) => !followed.some((e) => e.to === i));
        const dist = new Map<number, number>(roots.map((r) => [r, 0]));
        let frontier = roots;
        for (let d = 1; d <= MAX_HOPS && frontier.length > 0; d++) {
          const next: number[] = [];
          for (const f of frontier) {
            for (const e of followed) {
              if (e.from === f && !dist.has(e.to)) {
                dist.set(e.to, d);
                next.push(e.to);
              }
            }
          }
          frontier = next;
        }
        const result = await decisionMakerPaths(db, ws!.id);
        const expected = [...Array(n).keys()].filter((i) => canHire[i] && dist.has(i));
        expect(result.map((r) => ids.indexOf(r.decisionMakerId)).sort()).toEqual(expected.sort());
        for (const r of result) {
          const idx = r.path.map((id) => ids.indexOf(id));
          expect(idx.at(-1)).toBe(ids.indexOf(r.decisionMakerId));
          expect(canHire[idx.at(-1)!]).toBe(true);
          expect(roots).toContain(idx[0]);
          expect(new Set(idx).size).toBe(idx.length);
          for (let k = 0; k + 1 < idx.length; k++) {
            expect(followed.some((e) => e.from === idx[k] && e.to === idx[k + 1])).toBe(true);
          }
          expect(r.hops).toBe(idx.length - 1);
          expect(r.hops).toBe(dist.get(idx.at(-1)!)); // none shorter exists
          const onPath = idx
            .slice(1)
            .map((to, k) => followed.find((e) => e.from === idx[k] && e.to === to)!);
          expect(r.complete).toBe(onPath.every((e) => e.status === "made"));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("funnel", () => {
  it("counts meetings held, introductions offered and made, decision-makers met, job interviews (M2)", async () => {
    const fresh = await signUp(ctx);
    const a = await buildPerson(fresh);
    const b = await buildPerson(fresh);
    const dm = await buildPerson(fresh, { canHire: true });
    await buildMeeting(fresh, [a.id], { status: "held" });
    await buildMeeting(fresh, [dm.id], { status: "held", kind: "job-interview" });
    await buildMeeting(fresh, [b.id]);
    const offered = await buildIntroduction(fresh, a.id, b.id, { status: "offered" });
    await buildIntroduction(fresh, a.id, dm.id, { status: "to-ask" });
    await fresh.patch(`/api/introductions/${offered.id}`, { status: "made" });
    const res = await fresh.get("/api/funnel");
    expect(res.body).toEqual({
      meetingsHeld: 1,
      meetingsPlanned: 1,
      introductionsOffered: 1,
      introductionsToAsk: 1,
      introductionsMade: 1,
      decisionMakersKnown: 1,
      decisionMakersMet: 1,
      jobInterviews: 1,
      jobInterviewsPlanned: 0,
    });
  });
});
