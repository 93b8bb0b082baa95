import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../logger.ts";
import { createTestContext, signUp, type TestContext } from "../testing/test-app.ts";
import { requestMaintenance, scheduleMaintenance, vacuumDueTables } from "./maintenance.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

type Stats = { vacuumed: boolean; analyzed: boolean; inserted: number };
async function peopleStats(): Promise<Stats> {
  const [row] = await ctx.database.query<Stats>(
    `select last_vacuum is not null as vacuumed, last_analyze is not null as analyzed,
       n_ins_since_vacuum::int as inserted
     from pg_stat_user_tables where relname = 'people'`,
  );
  return row!;
}

/** Imports `count` LinkedIn connections into a new account's workspace, as the web page does. */
async function importPeople(count: number): Promise<void> {
  const me = await signUp(ctx);
  const lines = Array.from(
    { length: count },
    (_, i) =>
      `Given${i},Family${i},https://www.linkedin.com/in/p-${i},,Org ${i % 50},Analyst,12 Mar 2024`,
  );
  const csv = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On", ...lines];
  expect((await me.importFile("linkedin", csv.join("\n"))).status).toBe(200);
  // The statistics arrive when the writing session reports them (on PostgreSQL, up to a
  // second later, from another pooled connection).
  await expect
    .poll(async () => (await peopleStats()).inserted, { timeout: 5_000 })
    .toBeGreaterThanOrEqual(count);
}

describe("database maintenance (PGlite runs no autovacuum)", () => {
  it("vacuums and analyzes exactly the tables past autovacuum's thresholds", async () => {
    await importPeople(1500);
    expect(await vacuumDueTables(ctx.database)).toContain("people");
    const after = await peopleStats();
    expect(after).toMatchObject({ vacuumed: true, analyzed: true });
    // Stats reach pg_stat_user_tables when the session reports them: on PostgreSQL up to
    // a second later, so "not due any more" is checked on the embedded database only.
    if (ctx.database.kind === "pglite") {
      expect(after.inserted).toBe(0);
      expect(await vacuumDueTables(ctx.database)).not.toContain("people");
    }
  });

  it("on the embedded database, vacuums soon after an import asks for it", async () => {
    const stop = scheduleMaintenance(ctx.database, createLogger("silent"));
    try {
      await importPeople(1500);
      if (ctx.database.kind !== "pglite") {
        // PostgreSQL runs autovacuum itself: nothing is scheduled, asking is harmless.
        requestMaintenance(ctx.database);
        return;
      }
      requestMaintenance(ctx.database);
      await expect.poll(async () => (await peopleStats()).inserted, { timeout: 10_000 }).toBe(0);
    } finally {
      await stop();
    }
  });

  it("on the embedded database, checks soon after start when asked to (a CLI import left work)", async () => {
    await importPeople(1500);
    const stop = scheduleMaintenance(ctx.database, createLogger("silent"), { atStart: true });
    try {
      if (ctx.database.kind !== "pglite") return;
      await expect.poll(async () => (await peopleStats()).inserted, { timeout: 10_000 }).toBe(0);
    } finally {
      await stop();
    }
  });
});
