import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, signUp, type TestContext } from "../testing/test-app.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const networkVersion = async (ws: string) =>
  Number(
    (
      await ctx.database.query<{ version: string }>(
        "select version from network_versions where workspace_id = $1",
        [ws],
      )
    )[0]?.version ?? 0,
  );

describe("the app's triggers under bulk writes", () => {
  it("are all ENABLE ALWAYS, so they fire while an import skips reference checks", async () => {
    const rows = await ctx.database.query<{ trigger: string; enabled: string }>(
      `select c.relname || '.' || g.tgname as trigger, g.tgenabled::text as enabled
       from pg_trigger g join pg_class c on c.oid = g.tgrelid
       join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = 'public' and not g.tgisinternal`,
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.enabled !== "A").map((r) => r.trigger)).toEqual([]);
  });

  it("an import raises the network version and still links people to their organizations", async () => {
    const me = await signUp(ctx);
    const { workspace } = (await me.get("/api/auth/me")).body as { workspace: { id: string } };
    const before = await networkVersion(workspace.id);
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Aino,Salo,https://www.linkedin.com/in/aino-salo,,Northwind Labs,Analyst,12 Mar 2024",
    ].join("\n");
    expect((await me.importFile("linkedin", csv)).status).toBe(200);
    expect(await networkVersion(workspace.id)).toBeGreaterThan(before);
    const [aino] = (await me.get("/api/people?q=aino")).body as Array<{ organizationId: string }>;
    const org = await me.get(`/api/organizations/${aino!.organizationId}`);
    expect(org.body).toMatchObject({ name: "Northwind Labs" });
  });
});
