import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STANDARD_ANSWER_KINDS } from "../../../shared/api/prepare.ts";
import { buildMeeting, buildOrganization, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

// Sources live in one database and targets in another: a restore keeps ids, and ids are
// unique per installation.
let source: TestContext;
let target: TestContext;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestContext(), createTestContext()]);
});
afterAll(async () => {
  await Promise.all([source.close(), target.close()]);
});

// Any text a person can type (accents, emoji, quotes, backslashes, new lines), except NUL,
// which PostgreSQL text cannot hold and the API never receives from a browser.
const text = fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/\0/g, ""));
const name = text.map((s) => s.trim()).filter((s) => s.length > 0);
const tag = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const email = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9.]{0,8}[a-z0-9]$/),
    fc.constantFrom("example.com", "example.org"),
  )
  .map(([local, domain]) => `${local.replace(/\.\.+/g, ".")}@${domain}`);
const day = fc
  .date({ min: new Date("2015-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const workspace = fc.record({
  organizations: fc.array(
    fc.record({
      name,
      tags: fc.array(tag, { maxLength: 2 }),
      isTarget: fc.boolean(),
      research: text,
    }),
    { maxLength: 3 },
  ),
  people: fc.array(
    fc.record({
      name,
      emails: fc.uniqueArray(email, { maxLength: 2 }),
      organization: fc.option(fc.nat(9), { nil: undefined }),
      notes: text,
      tags: fc.array(tag, { maxLength: 2 }),
      canHire: fc.boolean(),
      metOn: fc.option(day, { nil: undefined }),
      deleted: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  ),
  meetings: fc.array(
    fc.record({
      people: fc.uniqueArray(fc.nat(9), { minLength: 1, maxLength: 2 }),
      status: fc.constantFrom("planned", "held", "cancelled"),
      notes: text,
      questions: fc.array(name, { maxLength: 3 }),
      camera: fc.option(fc.boolean(), { nil: undefined }),
    }),
    { maxLength: 2 },
  ),
  introductions: fc.array(
    fc.record({
      from: fc.nat(9),
      hop: fc.nat(9),
      status: fc.constantFrom("offered", "to-ask", "asked", "made", "declined"),
    }),
    { maxLength: 3 },
  ),
  answers: fc.array(
    fc.record({
      kind: fc.constantFrom(...STANDARD_ANSWER_KINDS),
      versions: fc.array(name, { minLength: 1, maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
  custom: fc.option(fc.record({ title: name, text }), { nil: undefined }),
});
type Workspace = typeof workspace extends fc.Arbitrary<infer T> ? T : never;

async function ok(res: Promise<{ status: number; text: string }>) {
  const r = await res;
  if (r.status >= 300) throw new Error(`${r.status}: ${r.text}`);
  return r;
}

/** Builds the generated workspace through the API, as a user would. */
async function build(client: TestClient, w: Workspace) {
  const orgs: Array<{ id: string }> = [];
  for (const o of w.organizations) orgs.push(await buildOrganization(client, o));
  const people: Array<{ id: string }> = [];
  for (const p of w.people) {
    const org =
      p.organization === undefined ? undefined : orgs[p.organization % Math.max(orgs.length, 1)];
    people.push(
      await buildPerson(client, {
        name: p.name,
        emails: p.emails,
        notes: p.notes,
        tags: p.tags,
        canHire: p.canHire,
        metOn: p.metOn ?? null,
        organizationId: org?.id ?? null,
      }),
    );
  }
  const n = people.length;
  for (const m of w.meetings) {
    const ids = [...new Set(m.people.map((i) => people[i % n]!.id))];
    const meeting = await buildMeeting(client, ids, { status: m.status, notes: m.notes });
    if (m.questions.length > 0)
      await ok(
        client.request("PUT", `/api/meetings/${meeting.id}/questions`, {
          questions: m.questions.map((q) => ({ text: q })),
        }),
      );
    if (m.camera !== undefined)
      await ok(
        client.patch(`/api/meetings/${meeting.id}/prep`, { checklist: { camera: m.camera } }),
      );
  }
  const pairs = new Set<string>();
  for (const i of n > 1 ? w.introductions : []) {
    const from = people[i.from % n]!.id;
    const to = people[(i.from + 1 + (i.hop % (n - 1))) % n]!.id;
    if (pairs.has(`${from}>${to}`)) continue;
    pairs.add(`${from}>${to}`);
    await ok(
      client.post("/api/introductions", { fromPersonId: from, toPersonId: to, status: i.status }),
    );
  }
  for (const a of w.answers)
    for (const version of a.versions)
      await ok(client.request("PUT", `/api/answers/${a.kind}`, { text: version }));
  if (w.custom) await ok(client.post("/api/answers", w.custom));
  for (const [i, p] of w.people.entries())
    if (p.deleted) await ok(client.delete(`/api/people/${people[i]!.id}`));
}

type Doc = { exportedAt: string; workspace: unknown } & Record<string, unknown>;
const content = (text: string) => {
  const { exportedAt: _at, workspace: _ws, ...rest } = JSON.parse(text) as Doc;
  return rest;
};

describe("backup → restore → backup", () => {
  it("gives back the same document for any workspace", async () => {
    await fc.assert(
      fc.asyncProperty(workspace, async (w) => {
        const from = await signUp(source, { name: "Property Seeker" });
        await build(from, w);
        const exported = (await from.get("/api/exports/json")).text;
        const to = await signUp(target, { name: "Property Seeker" });
        const restored = await to.post("/api/restore", JSON.parse(exported));
        expect(restored.status, restored.text).toBe(200);
        expect(content((await to.get("/api/exports/json")).text)).toEqual(content(exported));
      }),
      { numRuns: 10 },
    );
  });
});
