import ICAL from "ical.js";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonView } from "../../../shared/api/network.ts";
import { buildOrganization, buildPerson } from "../../testing/factories.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";

let ctx: TestContext;
let me: TestClient;
let other: TestClient;
let orgId: string;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  other = await signUp(ctx);
  orgId = (await buildOrganization(me, { name: "Polder & Partners, Architects" })).id;
  await buildPerson(me, {
    name: "Lieke Achterberg",
    givenName: "Lieke",
    familyName: "Achterberg",
    emails: ["lieke@polderpartners.example", "lieke.a@example.net"],
    phones: ["+31 6 5550 1234"],
    profileUrl: "https://www.linkedin.com/in/lieke-achterberg",
    title: "Partner; Design, Research",
    organizationId: orgId,
    tags: ["architecture", "mentors"],
    notes: 'Line one; with "quotes", commas\nand a second line: ü é 🚲',
  });
  await buildPerson(me, {
    name: "Formula Fan",
    notes: '=HYPERLINK("http://evil.example")',
    tags: ["csv"],
  });
  await buildPerson(me, { name: "Minimal Person", title: null });
  const gone = await buildPerson(me, { name: "Deleted Person" });
  await me.delete(`/api/people/${gone.id}`);
  await buildPerson(other, { name: "Someone Else Entirely", emails: ["else@example.com"] });
});
afterAll(() => ctx.close());

async function download(client: TestClient, path: string) {
  const res = await client.get(path);
  return {
    ...res,
    type: res.headers.get("content-type"),
    disposition: res.headers.get("content-disposition"),
  };
}

describe("GET /api/exports/vcard", () => {
  it("writes vCard 4.0 that ical.js reads back field for field", async () => {
    const res = await download(me, "/api/exports/vcard");
    expect(res.status).toBe(200);
    expect(res.type).toBe("text/vcard; charset=utf-8");
    expect(res.disposition).toBe('attachment; filename="warmpath-people-2026-03-02.vcf"');
    expect(res.text).toMatch(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/);
    const parsed = ICAL.parse(res.text) as unknown[];
    const cards = (Array.isArray(parsed[0]) ? parsed : [parsed]).map(
      (jcard) => new ICAL.Component(jcard as unknown[]),
    );
    expect(cards.map((c) => c.getFirstPropertyValue("fn"))).toEqual([
      "Formula Fan",
      "Lieke Achterberg",
      "Minimal Person",
    ]);
    const lieke = cards[1]!;
    const people = (await me.get("/api/people?q=lieke")).body as PersonView[];
    const p = people[0]!;
    expect(lieke.getFirstPropertyValue("version")).toBe("4.0");
    expect(lieke.getFirstPropertyValue("uid")).toBe(`urn:uuid:${p.id}`);
    expect(lieke.getFirstPropertyValue("n")).toEqual(["Achterberg", "Lieke", "", "", ""]);
    expect(lieke.getAllProperties("email").map((e) => e.getFirstValue())).toEqual(p.emails);
    expect(lieke.getAllProperties("tel").map((e) => e.getFirstValue())).toEqual(p.phones);
    expect(lieke.getFirstPropertyValue("org")).toBe("Polder & Partners, Architects");
    expect(lieke.getFirstPropertyValue("title")).toBe("Partner; Design, Research");
    expect(lieke.getFirstPropertyValue("url")).toBe(p.profileUrl);
    expect(lieke.getFirstProperty("categories")!.getValues()).toEqual(["architecture", "mentors"]);
    expect(lieke.getFirstPropertyValue("note")).toBe(p.notes);
    // Lines are folded at 75 characters, as RFC 6350 asks.
    for (const line of res.text.split("\r\n")) expect(line.length).toBeLessThanOrEqual(75);
  });

  it("round-trips through our own vCard import", async () => {
    const vcf = (await me.get("/api/exports/vcard")).text;
    const client = await signUp(ctx);
    const res = await client.importFile("vcard", vcf, "commit", "people.vcf");
    expect(res.body).toMatchObject({ created: 3, merged: 0, skipped: [] });
    const mine = (await me.get("/api/people")).body as PersonView[];
    const theirs = (await client.get("/api/people")).body as PersonView[];
    const fields = (p: PersonView) => [
      p.name,
      p.emails,
      p.phones,
      p.title,
      p.organizationName,
      p.tags,
      p.notes,
      p.profileUrl,
    ];
    expect(theirs.map(fields)).toEqual(mine.map(fields));
  });
});

describe("GET /api/exports/csv", () => {
  it("writes CSV that papaparse reads back, with formulas neutralised", async () => {
    const res = await download(me, "/api/exports/csv");
    expect(res.type).toBe("text/csv; charset=utf-8");
    expect(res.disposition).toBe('attachment; filename="warmpath-people-2026-03-02.csv"');
    const parsed = Papa.parse<Record<string, string>>(res.text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.name)).toEqual([
      "Formula Fan",
      "Lieke Achterberg",
      "Minimal Person",
    ]);
    const lieke = parsed.data[1]!;
    expect(lieke).toMatchObject({
      givenName: "Lieke",
      emails: "lieke@polderpartners.example ::: lieke.a@example.net",
      phones: "+31 6 5550 1234",
      organization: "Polder & Partners, Architects",
      tags: "architecture ::: mentors",
      notes: 'Line one; with "quotes", commas\nand a second line: ü é 🚲',
      canHire: "no",
    });
    expect(parsed.data[0]!.notes).toBe('\'=HYPERLINK("http://evil.example")');
  });

  it("filters like GET /api/people and keeps a header when nothing matches", async () => {
    const byOrg = Papa.parse<Record<string, string>>(
      (await me.get(`/api/exports/csv?organizationId=${orgId}`)).text,
      { header: true, skipEmptyLines: true },
    );
    expect(byOrg.data.map((r) => r.name)).toEqual(["Lieke Achterberg"]);
    const byTag = (await me.get("/api/exports/vcard?tag=csv")).text;
    expect(byTag.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(byTag).toContain("FN:Formula Fan");
    const byQ = (await me.get("/api/exports/csv?q=minimal")).text;
    expect(byQ).toContain("Minimal Person");
    expect(byQ).not.toContain("Lieke");
    const none = (await me.get("/api/exports/csv?q=nobody-at-all")).text;
    expect(none.trim()).toBe(
      "name,givenName,familyName,emails,phones,profileUrl,title,organization,startedAt,canHire,howWeMet,metOn,tags,notes,createdAt,updatedAt,id",
    );
  });
});

describe("exports and workspaces", () => {
  it("never contain another workspace's rows, nor deleted people in vCard/CSV", async () => {
    for (const format of ["vcard", "csv", "json"]) {
      const text = (await me.get(`/api/exports/${format}`)).text;
      expect(text).not.toContain("Someone Else Entirely");
      expect(text).not.toContain("else@example.com");
      if (format !== "json") expect(text).not.toContain("Deleted Person");
    }
    const theirs = (await other.get("/api/exports/json")).text;
    expect(theirs).toContain("Someone Else Entirely");
    expect(theirs).not.toContain("Lieke");
  });

  it("rejects unknown formats", async () => {
    expect((await me.get("/api/exports/xlsx")).status).toBe(400);
  });
});
