import { eq } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema/index.ts";
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
import { BACKUP_TABLES, NOT_WORKSPACE_DATA } from "./backup.ts";

type Doc = Record<string, unknown> & { exportedAt: string; workspace: { id: string } };

let a: TestContext;
let b: TestContext;
beforeAll(async () => {
  [a, b] = await Promise.all([createTestContext(), createTestContext()]);
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});

const exportOf = async (client: TestClient) =>
  JSON.parse((await client.get("/api/exports/json")).text) as Doc;
/** A backup without what differs between two workspaces: when, and which workspace. */
const content = ({ exportedAt: _at, workspace: _ws, ...rest }: Doc) => rest;

/** Puts at least one row in every workspace table, through the API where there is one. */
async function fillEveryTable(ctx: TestContext, client: TestClient) {
  const org = await buildOrganization(client, { name: "Harbourline Health", tags: ["target"] });
  const maren = await buildPerson(client, {
    name: "Maren Okafor",
    emails: ["maren@harbourline.example"],
    organizationId: org.id,
    canHire: true,
    startedAt: "2015-04-01",
    tags: ["mentor"],
  });
  const teo = await buildPerson(client, {
    name: "Teodor Vasquez",
    notes: 'quotes " and \\ and\nlines',
  });
  const gone = await buildPerson(client, { name: "Deleted Person" });
  await client.delete(`/api/people/${gone.id}`);
  const meeting = await buildMeeting(client, [maren.id, teo.id], { organizationId: org.id });
  const debrief = await client.post(`/api/meetings/${meeting.id}/debrief`, {
    heldAt: "2026-02-20T15:00:00Z",
    notes: "Good talk.",
    insights: [{ text: "Budget season starts in March.", tags: ["budget"] }],
    introductions: [
      {
        fromPersonId: maren.id,
        toPerson: { name: "Ines Duarte", email: "ines@example.com" },
        status: "offered",
      },
    ],
  });
  expect(debrief.status).toBe(200);
  await buildIntroduction(client, teo.id, maren.id, { status: "made" });
  for (const text of ["First draft.", "Second, better draft."])
    await client.request("PUT", "/api/answers/tell-me-about-yourself", { text });
  await client.post("/api/answers", { title: "Why this sector?", text: "Because." });
  await client.request("PUT", `/api/meetings/${meeting.id}/questions`, {
    questions: [
      { text: "What does a typical week look like?" },
      { text: "Who else should I meet?" },
    ],
  });
  await client.patch(`/api/meetings/${meeting.id}/prep`, {
    answerKeys: ["tell-me-about-yourself"],
    checklist: { camera: true },
  });
  await client.patch("/api/settings", { defaultCadenceDays: 21 });
  await client.request("PUT", "/api/followup-templates/thank-you", {
    subject: "Thanks",
    body: "Thank you!",
  });
  const followUps = (await client.get("/api/followups")).body as Array<{
    id: string;
    personId: string;
  }>;
  const toMaren = followUps.find((f) => f.personId === maren.id) ?? followUps[0]!;
  expect((await client.post(`/api/followups/${toMaren.id}/mark-sent`)).status).toBe(200);
  // No endpoint writes logged contacts yet: one row straight into the table.
  const [row] = await ctx.database.db
    .select({ workspaceId: schema.people.workspaceId })
    .from(schema.people)
    .where(eq(schema.people.id, maren.id));
  await ctx.database.db.insert(schema.contacts).values({
    workspaceId: row!.workspaceId,
    personId: maren.id,
    kind: "call",
    occurredAt: new Date("2026-02-25T10:30:00.123Z"),
    summary: "Quick call about the intro.",
  });
  return row!.workspaceId;
}

async function restore(client: TestClient, doc: unknown, replace = false) {
  return client.post(`/api/restore${replace ? "?replace=true" : ""}`, doc);
}

describe("the backup registry", () => {
  it("names every table that has a workspace_id (schema and database agree)", async () => {
    const registered = new Set(BACKUP_TABLES.map((t) => getTableConfig(t.table).name));
    const known = (name: string) => registered.has(name) || name in NOT_WORKSPACE_DATA;
    const inSchema = Object.values(schema as Record<string, unknown>)
      .filter((v): v is PgTable => v instanceof PgTable)
      .map((t) => getTableConfig(t))
      .filter((t) => t.columns.some((c) => c.name === "workspace_id"))
      .map((t) => t.name);
    const inDatabase = (
      await a.database.query<{ table_name: string }>(
        `select distinct table_name from information_schema.columns
         where column_name = 'workspace_id' and table_schema = current_schema()`,
      )
    ).map((r) => r.table_name);
    expect(inDatabase.length).toBeGreaterThanOrEqual(BACKUP_TABLES.length);
    for (const table of new Set([...inSchema, ...inDatabase]))
      expect(known(table), `${table} has a workspace_id: add it to BACKUP_TABLES`).toBe(true);
    expect(new Set(BACKUP_TABLES.map((t) => t.key)).size).toBe(BACKUP_TABLES.length);
  });
});

describe("backup and restore", () => {
  let source: TestClient;
  let backup: Doc;

  it("exports every table of the workspace, with the API's field names", async () => {
    // The same display name: follow-up drafts are signed with it.
    source = await signUp(a, { name: "Robin Seeker" });
    await fillEveryTable(a, source);
    const res = await source.get("/api/exports/json");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="warmpath-backup-2026-03-02.json"',
    );
    backup = JSON.parse(res.text) as Doc;
    expect(backup).toMatchObject({ format: "warmpath-backup", version: 1 });
    for (const { key } of BACKUP_TABLES)
      expect((backup[key] as unknown[]).length, `${key} has rows`).toBeGreaterThan(0);
    const person = (backup.people as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(person)).toEqual(
      expect.arrayContaining([
        "id",
        "name",
        "givenName",
        "emails",
        "organizationId",
        "createdAt",
        "deletedAt",
      ]),
    );
    expect(person).not.toHaveProperty("workspaceId");
    expect(person).not.toHaveProperty("searchText");
  });

  it("restores it exactly into an empty workspace of another installation", async () => {
    const target = await signUp(b, { name: "Robin Seeker" });
    const res = await restore(target, backup);
    expect(res.status).toBe(200);
    expect((res.body as { restored: Record<string, number> }).restored.people).toBe(
      (backup.people as unknown[]).length,
    );
    const again = await exportOf(target);
    expect(content(again)).toEqual(content(backup));
    expect(again.workspace.id).not.toBe(backup.workspace.id);
    // What the API shows is the same, ids and times included; search works on restored people.
    for (const path of [
      "/api/people",
      "/api/meetings",
      "/api/introductions",
      "/api/answers",
      "/api/followups",
    ])
      expect((await target.get(path)).body, path).toEqual((await source.get(path)).body);
    expect(((await target.get("/api/people?q=harbourline")).body as unknown[]).length).toBe(1);

    // Not empty now: refused, unless replace.
    const twice = await restore(target, backup);
    expect(twice.status).toBe(409);
    expect(twice.body).toMatchObject({ code: "workspace_not_empty" });
    expect((await restore(target, backup, true)).status).toBe(200);
    expect(content(await exportOf(target))).toEqual(content(backup));
    // Replacing with an empty backup empties the workspace.
    const empty = await exportOf(await signUp(b));
    expect((await restore(target, empty, true)).status).toBe(200);
    expect((await target.get("/api/people")).body).toEqual([]);
  });

  it("refuses rows whose ids belong to another workspace of the same installation", async () => {
    const neighbour = await signUp(a);
    const res = await restore(neighbour, backup);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: "ids_in_use" });
    expect((await neighbour.get("/api/people")).body).toEqual([]);
  });

  it("validates the whole backup before writing anything", async () => {
    const client = await signUp(b);
    const people = backup.people as Array<Record<string, unknown>>;
    const cases: Array<[unknown, RegExp]> = [
      [{ hello: "world" }, /^format: this is not a Warmpath backup/],
      [
        { ...backup, version: 2 },
        /^version: this backup is version 2; this Warmpath restores version 1/,
      ],
      [
        { ...backup, people: [{ ...people[0], createdAt: "yesterday" }] },
        /^people\.0\.createdAt: /,
      ],
      [{ ...backup, gadgets: [] }, /gadgets/],
      [{ ...backup, people: [...people, people[0]] }, /appears twice/],
      [
        { ...backup, organizations: [] },
        /^people\.\d+\.organizationId: refers to a row of organizations that is not in this backup/,
      ],
    ];
    for (const [doc, message] of cases) {
      const res = await restore(client, doc);
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect((res.body as { message: string }).message).toMatch(message);
    }
    expect(content(await exportOf(client))).toEqual(content(await exportOf(await signUp(b))));
    const malformed = await b.app.request("/api/restore", {
      method: "POST",
      body: "{not json",
      headers: {
        cookie: client.cookie!,
        "x-csrf-token": client.csrfToken!,
        "content-type": "application/json",
      },
    });
    expect(malformed.status).toBe(400);
  });

  it("answers 413 for a backup over 50 MB", async () => {
    const client = await signUp(b);
    const res = await b.app.request("/api/restore", {
      method: "POST",
      body: "{}",
      headers: {
        cookie: client.cookie!,
        "x-csrf-token": client.csrfToken!,
        "content-type": "application/json",
        "content-length": String(60 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(413);
  });
});
