import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insights } from "../../db/schema/index.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
  workspaceIdOf,
} from "../../testing/test-app.ts";

type Insight = { text: string };

let ctx: TestContext;
let me: TestClient;
let ws: string;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  ws = await workspaceIdOf(me);
});
afterAll(() => ctx.close());

const at = (day: number) => new Date(Date.UTC(2026, 1, day, 12));

describe("searching what was learned (M13)", () => {
  it("finds insights by words, best match first, and lists the newest first without words", async () => {
    await ctx.database.db.insert(insights).values([
      { workspaceId: ws, text: "Hospitals are hiring data engineers.", createdAt: at(1) },
      {
        workspaceId: ws,
        text: "New regulation on privacy; the regulation changes how clinics share records.",
        createdAt: at(2),
      },
      { workspaceId: ws, text: "A regulation is coming for drones.", createdAt: at(3) },
      { workspaceId: ws, text: "Grant funding opens in March.", createdAt: at(4) },
    ]);
    const found = (await me.get("/api/insights?q=regulations")).body as Insight[];
    expect(found.map((i) => i.text)).toEqual([
      "New regulation on privacy; the regulation changes how clinics share records.",
      "A regulation is coming for drones.",
    ]);
    const newest = (await me.get("/api/insights?limit=2")).body as Insight[];
    expect(newest.map((i) => i.text)).toEqual([
      "Grant funding opens in March.",
      "A regulation is coming for drones.",
    ]);
    expect((await me.get("/api/insights?q=submarines")).body).toEqual([]);
  });
});
