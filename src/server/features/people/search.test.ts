import { and, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonView } from "../../../shared/api/network.ts";
import { people } from "../../db/schema/index.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
  workspaceIdOf,
} from "../../testing/test-app.ts";
import { NAME_WALK, walkNames } from "./name-search.ts";
import {
  estimatedMatches,
  FEW_ESTIMATED_MATCHES,
  inSearchCopy,
  matchingWords,
  trigramIndexable,
} from "./search-copy.ts";

let ctx: TestContext;
let me: TestClient;
let ws: string;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  ws = await workspaceIdOf(me);
});
afterAll(() => ctx.close());

/** Every page of a search, following the cursor. */
async function allPages(
  q: string,
  limit: number,
  sort = "name",
  client: TestClient = me,
): Promise<string[]> {
  const names: string[] = [];
  let cursor: string | null = null;
  do {
    const suffix: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
    const res = await client.get(
      `/api/people?q=${encodeURIComponent(q)}&limit=${limit}&sort=${sort}${suffix}`,
    );
    expect(res.status).toBe(200);
    names.push(...(res.body as PersonView[]).map((p) => p.name));
    cursor = res.headers.get("x-next-cursor");
  } while (cursor);
  return names;
}

describe("searching people with several words", () => {
  it("finds the same people in name order, whether they are few or many", async () => {
    // 1,100 "Ana Lee" (past the few-matches bound: the name index is walked) and 7 "Inés
    // Norberg" among other Inéses and Nors (few: collected from the trigram index, sorted).
    const rows = [
      ...Array.from({ length: 1100 }, (_, i) => `Ana Lee ${String(i).padStart(4, "0")}`),
      ...Array.from({ length: 7 }, (_, i) => `Inés Norberg ${i}`),
      ...Array.from({ length: 40 }, (_, i) => `Inés Marsh ${i}`),
      ...Array.from({ length: 40 }, (_, i) => `Tom Norris ${i}`),
    ].map((name) => ({ workspaceId: ws, name, searchText: name.toLowerCase() }));
    await ctx.database.db.insert(people).values(rows);
    const byName = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1);

    const ines = await allPages("inés nor", 3);
    expect(ines).toEqual(
      rows
        .map((r) => r.name)
        .filter((n) => n.startsWith("Inés Nor"))
        .sort(byName),
    );
    const ana = await allPages("ana lee", 200);
    expect(ana).toHaveLength(1100);
    expect(ana).toEqual([...ana].sort(byName));
    expect(await allPages("inés zzz", 10)).toEqual([]);
  });
});

describe("searching in name order where the matches are not spread evenly", () => {
  it("finds a first name sorted after thousands of others, a common word and a rare one", async () => {
    // Its own workspace: more people than one bounded walk of the name index reads, all
    // sorting before the six Zed Quorums; "filler" matches nearly everyone, "rarity" three.
    const other = await signUp(ctx);
    const otherWs = await workspaceIdOf(other);
    await ctx.database.query(
      `insert into people (workspace_id, name, search_text)
       select $1, n, lower(n) from (
         select 'Aa Filler ' || lpad(i::text, 5, '0') as n from generate_series(1, $2::int) i
         union all select 'Mo Rarity ' || i from generate_series(1, 3) i
         union all select 'Zed Quorum ' || i from generate_series(1, 6) i) s`,
      [otherWs, NAME_WALK + 500],
    );
    await ctx.database.query("analyze people");
    await ctx.database.query("analyze people_search");
    const names = (
      await ctx.database.query<{ name: string }>(
        "select name from people where workspace_id = $1",
        [otherWs],
      )
    ).map((r) => r.name);
    const expected = (word: string) =>
      names.filter((n) => n.toLowerCase().includes(word)).sort((a, b) => (a < b ? -1 : 1));

    // Which way each word goes: the walk gives up on the Zeds and fills a page of fillers;
    // the planner expects "rarity" to match few.
    const scope = [sql`${people.workspaceId} = ${otherWs}`, sql`${people.deletedAt} is null`];
    expect(await walkNames(ctx.database.db, scope, matchingWords(["zed"]), 51)).toBeNull();
    expect(await walkNames(ctx.database.db, scope, matchingWords(["filler"]), 51)).toHaveLength(51);
    const inCopy = (word: string) => and(...inSearchCopy(otherWs, [word]))!;
    expect(await estimatedMatches(ctx.database.db, inCopy("rarity"))).toBeLessThanOrEqual(
      FEW_ESTIMATED_MATCHES,
    );
    expect(await estimatedMatches(ctx.database.db, inCopy("filler"))).toBeGreaterThan(
      FEW_ESTIMATED_MATCHES,
    );

    expect(await allPages("zed", 4, "name", other)).toEqual(expected("zed"));
    expect(await allPages("rarity", 2, "name", other)).toEqual(expected("rarity"));
    const fillers = await allPages("filler", 200, "name", other);
    expect(fillers).toHaveLength(NAME_WALK + 500);
    expect(fillers).toEqual(expected("filler"));
    expect(await allPages("quorum 6", 50, "name", other)).toEqual(["Zed Quorum 6"]);
    // Too short for a trigram: left to the planner, with the same answer.
    expect(trigramIndexable("ze")).toBe(false);
    expect(await allPages("ze", 4, "name", other)).toEqual(expected("ze"));
    expect(await allPages("zzzz", 50, "name", other)).toEqual([]);
    // In time order, two words that always go together match more people than the list of
    // ids holds (the planner's multiplied estimate would call them few): walked instead.
    for (const [q, count] of [
      ["aa filler", NAME_WALK + 500],
      ["zed quorum", 6],
    ] as const) {
      const found = await allPages(q, 200, "recent", other);
      expect(found).toHaveLength(count);
      expect(new Set(found)).toEqual(new Set(expected(q)));
    }
  });
});

describe("paging in time order", () => {
  it("walks newest first by creation and by last change, ties broken by id", async () => {
    // Five people share one creation time: the cursor must carry the id to split the tie.
    const same = new Date("2026-01-05T10:00:00Z");
    const rows = Array.from({ length: 7 }, (_, i) => ({
      workspaceId: ws,
      name: `Quill Tempo ${i}`,
      searchText: `quill tempo ${i}`,
      createdAt: i < 5 ? same : new Date(`2026-02-0${i}T10:00:00Z`),
      updatedAt: new Date(`2026-03-0${7 - i}T10:00:00Z`),
    }));
    const inserted = await ctx.database.db
      .insert(people)
      .values(rows)
      .returning({ id: people.id, name: people.name });
    const idOf = new Map(inserted.map((r) => [r.name, r.id]));
    const recent = await allPages("quill", 2, "recent");
    const tied = rows
      .slice(0, 5)
      .map((r) => r.name)
      .sort((a, b) => (idOf.get(a)! < idOf.get(b)! ? 1 : -1));
    expect(recent).toEqual(["Quill Tempo 6", "Quill Tempo 5", ...tied]);
    expect(await allPages("quill", 3, "updated")).toEqual(rows.map((r) => r.name));
  });

  it("walks people who share a time to the microsecond, as one import's people do", async () => {
    // One statement's rows share now(), kept to the microsecond: a cursor cut to the
    // millisecond (a JavaScript Date) skipped every row of the page's last microsecond.
    await ctx.database.query(
      `insert into people (workspace_id, name, search_text, created_at, updated_at)
       select $1, 'Vesper Tick ' || i, 'vesper tick ' || i,
         timestamptz '2026-01-06 10:00:00.123456+00', timestamptz '2026-01-06 10:00:00.654321+00'
       from generate_series(1, 7) i`,
      [ws],
    );
    // One word walks the time index; two words read their few matches by key (matchingPeople).
    for (const q of ["vesper", "vesper tick"]) {
      for (const sort of ["recent", "updated"]) {
        const names = await allPages(q, 2, sort);
        expect(names).toHaveLength(7);
        expect(new Set(names).size).toBe(7);
      }
    }
  });
});

describe("recently contacted", () => {
  it("lists the people met, the last met first, then the others, the last added first", async () => {
    const person = (name: string, createdAt: string, lastContactedAt: string | null) =>
      ctx.database.query(
        `insert into people (workspace_id, name, search_text, created_at, updated_at, last_contacted_at)
         values ($1, $2, lower($2), $3, $3, $4)`,
        [ws, name, createdAt, lastContactedAt],
      );
    await person("Wren Met Feb", "2025-01-01T00:00:00Z", "2026-02-01T10:00:00.5Z");
    await person("Wren Met Mar", "2025-01-02T00:00:00Z", "2026-03-01T10:00:00Z");
    await person("Wren Met Jan", "2025-01-03T00:00:00Z", "2026-01-01T10:00:00Z");
    await person("Wren Added Early", "2026-01-10T10:00:00Z", null);
    // Two added by one statement share the microsecond: the id breaks the tie.
    await ctx.database.query(
      `insert into people (workspace_id, name, search_text, created_at, updated_at)
       select $1, 'Wren Added Late ' || i, 'wren added late ' || i,
         timestamptz '2026-01-20 10:00:00.123456+00', now()
       from generate_series(1, 2) i`,
      [ws],
    );
    const late = (
      await ctx.database.query<{ name: string }>(
        "select name from people where workspace_id = $1 and name like 'Wren Added Late%' order by id desc",
        [ws],
      )
    ).map((r) => r.name);
    const expected = ["Wren Met Mar", "Wren Met Feb", "Wren Met Jan", ...late, "Wren Added Early"];
    // Pages of 2 cross from the people met to the others inside a page; one word walks the
    // indexes, two words pass the few-matches path by (the contacted order has its own).
    for (const limit of [2, 3, 50]) {
      expect(await allPages("wren", limit, "contacted")).toEqual(expected);
    }
    expect(await allPages("wren added", 1, "contacted")).toEqual([...late, "Wren Added Early"]);
  });

  it("answers 400 for a cursor edited by hand, in every order", async () => {
    const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString("base64url");
    const id = "00000000-0000-4000-8000-000000000000";
    for (const [sort, values] of [
      ["recent", ["not a time", id]],
      ["updated", ["2026-01-01T00:00:00Z", "not an id"]],
      ["name", ["ana", id, "extra"]],
      ["contacted", ["later", "2026-01-01T00:00:00Z", id]],
      ["contacted", ["met", "2026-13-45T00:00:00Z", id]],
    ] as const) {
      const res = await me.get(`/api/people?sort=${sort}&cursor=${cursor([...values])}`);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ issues: [{ field: "cursor" }] });
    }
    const meetings = await me.get(`/api/meetings?cursor=${cursor(["yesterday", id])}`);
    expect(meetings.status).toBe(400);
  });
});
