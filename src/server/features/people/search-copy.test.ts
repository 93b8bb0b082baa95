import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
  workspaceIdOf,
} from "../../testing/test-app.ts";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/**
 * Rows where people_search and the people who are not deleted disagree, either way (the
 * copy is kept by the triggers of migration 0019): each as "missing", "stale" or "extra".
 */
async function disagreements(ws: string): Promise<string[]> {
  const rows = await ctx.database.query<{ kind: string; name: string }>(
    `select case when s.person_id is null then 'missing' when p.id is null then 'extra'
              else 'stale' end as kind, coalesce(p.name, s.name) as name
     from (select * from people where workspace_id = $1 and deleted_at is null) p
     full join (select * from people_search where workspace_id = $1) s on s.person_id = p.id
     where s.person_id is null or p.id is null
        or (s.sort_key, s.name, s.search_text) is distinct from (lower(p.name), p.name, p.search_text)`,
    [ws],
  );
  return rows.map((r) => `${r.kind}: ${r.name}`);
}

const searchNames = async (client: TestClient, q: string) =>
  (
    (await client.get(`/api/people?q=${encodeURIComponent(q)}`)).body as Array<{ name: string }>
  ).map((p) => p.name);

describe("the search copy of people (people_search)", () => {
  it("follows every writer: the API, organization renames and deletes, imports, restores", async () => {
    const me = await signUp(ctx);
    const ws = await workspaceIdOf(me);
    const org = (await me.post("/api/organizations", { name: "Quillfeather Labs" })).body as {
      id: string;
    };
    const ada = (
      await me.post("/api/people", {
        name: "Ada Thornbury",
        title: "Head of Research",
        organizationId: org.id,
        emails: ["ada@quillfeather.example"],
      })
    ).body as { id: string };
    const bo = (await me.post("/api/people", { name: "Bo Marchetti", tags: ["mentor"] })).body as {
      id: string;
    };
    expect(await disagreements(ws)).toEqual([]);
    expect(await searchNames(me, "quillfeather")).toEqual(["Ada Thornbury"]);

    expect((await me.patch(`/api/people/${ada.id}`, { name: "Ada Thornbury-Vale" })).status).toBe(
      200,
    );
    expect((await me.patch(`/api/people/${bo.id}`, { title: "Staff Engineer" })).status).toBe(200);
    expect((await me.patch(`/api/organizations/${org.id}`, { name: "Inkwell Labs" })).status).toBe(
      200,
    );
    expect(await disagreements(ws)).toEqual([]);
    expect(await searchNames(me, "inkwell")).toEqual(["Ada Thornbury-Vale"]);
    expect(await searchNames(me, "quillfeather")).toEqual(["Ada Thornbury-Vale"]); // her e-mail
    expect(await searchNames(me, "staff eng")).toEqual(["Bo Marchetti"]);

    expect((await me.delete(`/api/organizations/${org.id}`)).status).toBe(204);
    expect(await searchNames(me, "inkwell")).toEqual([]);
    expect((await me.delete(`/api/people/${bo.id}`)).status).toBe(204);
    expect(await searchNames(me, "marchetti")).toEqual([]);
    expect(await disagreements(ws)).toEqual([]);

    // An import writes without per-row reference checks (replica role): the copy follows.
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Cyrus,Ollerenshaw,https://www.linkedin.com/in/cyrus-o,,Brightwater,Analyst,12 Mar 2024",
      "Ada,Thornbury-Vale,https://www.linkedin.com/in/ada-tv,,Brightwater,Director,1 Feb 2023",
    ].join("\n");
    expect((await me.importFile("linkedin", csv)).status).toBe(200);
    expect(await disagreements(ws)).toEqual([]);
    expect(await searchNames(me, "brightwater")).toEqual([
      "Ada Thornbury-Vale",
      "Cyrus Ollerenshaw",
    ]);

    // A restore replacing the workspace deletes every person, then writes them again.
    const backup = (await me.get("/api/exports/json")).body;
    expect((await me.post("/api/restore?replace=true", backup)).status).toBe(200);
    expect(await disagreements(ws)).toEqual([]);
    expect(await searchNames(me, "ollerenshaw")).toEqual(["Cyrus Ollerenshaw"]);

    const [count] = await ctx.database.query<{ n: number }>(
      "select count(*)::int as n from people_search where workspace_id = $1",
      [ws],
    );
    expect(count?.n).toBe(3); // the first Ada (no organization any more), the imported one, Cyrus
  });

  it("stores an import's people in name order, so that a first name's matches share pages", async () => {
    const me = await signUp(ctx);
    const ws = await workspaceIdOf(me);
    const given = ["Zora", "Milo", "Ada", "Tariq", "Ines", "Bea"];
    const names = given.flatMap((g, i) =>
      Array.from(
        { length: 10 },
        (_, j) => `${g} ${String.fromCharCode(90 - ((i * 7 + j * 3) % 26))}ollins${j}`,
      ),
    );
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      ...names.map((n, k) => {
        const [first, last] = n.split(" ");
        return `${first},${last},https://www.linkedin.com/in/p${k},,,,1 Feb 2023`;
      }),
    ].join("\n");
    expect((await me.importFile("linkedin", csv)).status).toBe(200);
    // Physical order (ctid): with nothing vacuumed, a statement's rows are appended in the
    // order the insert trigger wrote them (migration 0020).
    const stored = await ctx.database.query<{ sort_key: string }>(
      "select sort_key from people_search where workspace_id = $1 order by ctid",
      [ws],
    );
    const keys = stored.map((r) => r.sort_key);
    expect(keys).toHaveLength(names.length);
    expect(keys).toEqual([...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(keys)).toEqual(new Set(names.map((n) => n.toLowerCase())));
  });

  it("goes with its workspace", async () => {
    const me = await signUp(ctx);
    const ws = await workspaceIdOf(me);
    await me.post("/api/people", { name: "Dara Finchley" });
    await ctx.database.query("delete from workspaces where id = $1", [ws]);
    const [left] = await ctx.database.query<{ n: number }>(
      "select count(*)::int as n from people_search where workspace_id = $1",
      [ws],
    );
    expect(left?.n).toBe(0);
  });
});
