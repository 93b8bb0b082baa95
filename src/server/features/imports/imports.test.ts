import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportSummaryView } from "../../../shared/api/imports.ts";
import type { PersonView } from "../../../shared/api/network.ts";
import { handleError } from "../../http/error-handler.ts";
import {
  createTestContext,
  signUp,
  type TestClient,
  type TestContext,
} from "../../testing/test-app.ts";
import { assertImportSize } from "./service.ts";
import { uploadLimit } from "./upload-limit.ts";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));

let ctx: TestContext;
let me: TestClient;
let other: TestClient;
beforeAll(async () => {
  ctx = await createTestContext();
  me = await signUp(ctx);
  other = await signUp(ctx);
});
afterAll(() => ctx.close());

type Summary = ImportSummaryView;

/** Uploads a file as the web page does (see TestClient.importFile). */
async function upload(
  client: TestClient,
  format: string,
  file: Uint8Array | string,
  mode = "commit",
) {
  const res = await client.importFile(format, file, mode);
  return { status: res.status, body: res.body as Summary & Record<string, unknown> };
}

async function everyone(client: TestClient): Promise<PersonView[]> {
  return (await client.get("/api/people?limit=500")).body as PersonView[];
}

describe("POST /api/imports", () => {
  it("imports LinkedIn connections: merged duplicates, skipped rows, searchable at once", async () => {
    const res = await upload(me, "linkedin", fixture("linkedin-connections.csv"));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      created: 5,
      merged: 1,
      skipped: [{ line: 9, reason: "no name (first, last or full name)" }],
      rejected: false,
    });
    // The rows behind the counts, in file order: what the web preview shows.
    expect(res.body.rows).toEqual({
      created: [
        {
          line: 5,
          name: "Maren Okafor",
          organization: "Harbourline Health",
          title: "Director, Patient Operations",
        },
        {
          line: 6,
          name: "Teodor Vasquez-Lindqvist",
          organization: "Cedarpoint Analytics",
          title: "Senior Data Analyst",
        },
        {
          line: 7,
          name: "Priyanka Ramaswamy",
          organization: "Northwind Grants, Inc.",
          title: "Program Officer",
        },
        {
          line: 8,
          name: 'Jonah O\'Brien "JB"',
          organization: "Lakeside Credit Union",
          title: "Branch Manager",
        },
        {
          line: 11,
          name: "Élodie Marchetti",
          organization: "harbourline health",
          title: "Nurse Manager",
        },
      ],
      // The repeated Maren matches the row above: nobody to link to yet, nothing new.
      merged: [
        {
          line: 10,
          name: "Maren Okafor",
          organization: "Harbourline Health",
          personId: null,
          personName: "Maren Okafor",
          changed: false,
        },
      ],
    });
    const people = await everyone(me);
    expect(people.map((p) => p.name).sort()).toEqual([
      'Jonah O\'Brien "JB"',
      "Maren Okafor",
      "Priyanka Ramaswamy",
      "Teodor Vasquez-Lindqvist",
      "Élodie Marchetti",
    ]);
    const maren = people.find((p) => p.name === "Maren Okafor")!;
    expect(maren).toMatchObject({
      givenName: "Maren",
      familyName: "Okafor",
      title: "Director, Patient Operations",
      organizationName: "Harbourline Health",
      howWeMet: "LinkedIn",
      metOn: "2024-03-12",
      profileUrl: "https://www.linkedin.com/in/maren-okafor-4b1a2c",
    });
    // "harbourline health" on another row is the same organization.
    const elodie = people.find((p) => p.name === "Élodie Marchetti")!;
    expect(elodie.organizationId).toBe(maren.organizationId);
    const search = (await me.get("/api/people?q=patient%20operations")).body as PersonView[];
    expect(search.map((p) => p.name)).toEqual(["Maren Okafor"]);
    expect(((await me.get("/api/people?q=cedarpoint")).body as PersonView[]).length).toBe(1);
  });

  it("never duplicates on re-import, and keeps what the user typed", async () => {
    const maren = (await everyone(me)).find((p) => p.name === "Maren Okafor")!;
    await me.patch(`/api/people/${maren.id}`, {
      title: "COO (she was promoted)",
      notes: "Prefers calls after 4 pm.",
      tags: ["mentor"],
    });
    const again = await upload(me, "linkedin", fixture("linkedin-connections.csv"));
    expect(again.body).toMatchObject({ created: 0, merged: 6, rows: { created: [] } });
    // Every row matches someone already there (by profile URL) and brings nothing new.
    expect(again.body.rows?.merged.map((r) => [r.line, r.personName, r.changed])).toEqual([
      [5, "Maren Okafor", false],
      [6, "Teodor Vasquez-Lindqvist", false],
      [7, "Priyanka Ramaswamy", false],
      [8, 'Jonah O\'Brien "JB"', false],
      [10, "Maren Okafor", false],
      [11, "Élodie Marchetti", false],
    ]);
    expect(again.body.rows?.merged.every((r) => r.personId !== null)).toBe(true);
    // Apple's card for Maren matches by profile URL (http, www) and brings her e-mail.
    const apple = await upload(me, "vcard", fixture("apple-3.0.vcf"));
    expect(apple.body).toMatchObject({
      created: 1,
      merged: 1,
      skipped: [{ line: 32, reason: "a company card, not a person" }],
      rejected: false,
    });
    expect(apple.body.rows?.merged).toEqual([
      expect.objectContaining({ personId: maren.id, personName: "Maren Okafor", changed: true }),
    ]);
    expect(apple.body.rows?.created).toHaveLength(1);
    const people = await everyone(me);
    expect(people).toHaveLength(6);
    const after = people.find((p) => p.id === maren.id)!;
    expect(after).toMatchObject({
      title: "COO (she was promoted)",
      notes: "Prefers calls after 4 pm.",
      tags: ["mentor"],
      emails: ["maren.okafor@harbourline.example"],
    });
  });

  it("reads Google CSV and every vCard version", async () => {
    const client = await signUp(ctx);
    expect((await upload(client, "google", fixture("google-contacts.csv"))).body).toMatchObject({
      created: 3,
      merged: 1,
      skipped: [{ line: 5 }],
    });
    expect(
      (await upload(client, "google", fixture("google-contacts-legacy.csv"))).body,
    ).toMatchObject({ created: 1 });
    expect((await upload(client, "vcard", fixture("outlook-2.1.vcf"))).body).toMatchObject({
      created: 2,
    });
    expect((await upload(client, "vcard", fixture("vcard-4.0.vcf"))).body).toMatchObject({
      created: 2,
    });
    const people = await everyone(client);
    expect(people.map((p) => p.name)).toContain("Jürgen Müller-Lüdenscheidt");
    const kenji = people.find((p) => p.name === "Kenji Watanabe")!;
    expect(kenji).toMatchObject({ phones: ["+1 416 555 0123"], tags: ["starred", "transit"] });
  });

  it("keeps colleagues apart and skips what is not a person, on import and re-import", async () => {
    const client = await signUp(ctx);
    const file = fixture("google-company-and-shared-site.csv");
    const summary = { skipped: [{ line: 2, reason: expect.stringMatching(/company/) }] };
    expect((await upload(client, "google", file)).body).toMatchObject({ created: 2, ...summary });
    expect((await upload(client, "google", file)).body).toMatchObject({
      created: 0,
      merged: 2,
      ...summary,
    });
    expect((await upload(client, "vcard", fixture("vcard-not-people.vcf"))).body).toMatchObject({
      created: 1,
      skipped: [{ line: 1 }, { line: 9 }, { line: 15 }],
    });
    expect(
      (await upload(client, "linkedin", fixture("linkedin-excel-unicode-text.txt"))).body,
    ).toMatchObject({ created: 2 });
    const people = await everyone(client);
    expect(people.map((p) => p.name).sort()).toEqual([
      "Aiko Sato",
      "Amara Okonjo-Reyes",
      "Bruno Keller",
      "Hana Kowalczyk",
      "Zoë Ångström",
    ]);
    expect(people.find((p) => p.name === "Zoë Ångström")).toMatchObject({ metOn: "2022-11-28" });
  });

  it("previews without writing", async () => {
    const client = await signUp(ctx);
    const preview = await upload(
      client,
      "linkedin",
      fixture("linkedin-connections.csv"),
      "preview",
    );
    expect(preview.body).toMatchObject({ created: 5, merged: 1, rejected: false });
    expect(preview.body.rows?.created.map((r) => r.line)).toEqual([5, 6, 7, 8, 11]);
    expect(preview.body.rows?.merged.map((r) => r.line)).toEqual([10]);
    expect(await everyone(client)).toEqual([]);
    expect((await client.get("/api/organizations")).body).toEqual([]);
  });

  it.each([
    ["linkedin", "malformed-linkedin-header.csv", 1],
    ["linkedin", "malformed-linkedin-truncated.csv", 6],
    ["linkedin", "malformed-linkedin-latin1.csv", 3],
    ["linkedin", "malformed-empty.csv", 1],
    ["vcard", "malformed-truncated.vcf", 5],
    ["vcard", "malformed-binary.vcf", 2],
    ["vcard", "malformed-utf8.vcf", 3],
    ["google", "linkedin-connections.csv", 1],
  ])("refuses %s %s at line %i and writes nothing", async (format, file, line) => {
    const before = await everyone(me);
    const res = await upload(me, format, fixture(file));
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: "import_rejected", line, rejected: true });
    expect(res.body.message).toMatch(new RegExp(`^line ${line}: `));
    expect(await everyone(me)).toEqual(before);
  });

  it("writes nothing when a later row fails: the import is one transaction", async () => {
    const client = await signUp(ctx);
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `P${i},Q${i},https://x.example/in/p${i},,Org,Dev,12 Mar 2024`,
    );
    const csv = `First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}\n"broken`;
    expect((await upload(client, "linkedin", csv)).status).toBe(400);
    expect(await everyone(client)).toEqual([]);
  });

  it("keeps workspaces apart: another workspace's people are never matched", async () => {
    const res = await upload(other, "linkedin", fixture("linkedin-connections.csv"));
    expect(res.body).toMatchObject({ created: 5, merged: 1 });
    expect((await everyone(me)).length).toBe(6);
  });

  it("validates the form", async () => {
    expect((await upload(me, "outlook", "x")).status).toBe(400);
    const res = await ctx.app.request("/api/imports", {
      method: "POST",
      body: new FormData(),
      headers: { cookie: me.cookie!, "x-csrf-token": me.csrfToken! },
    });
    expect(res.status).toBe(400);
  });
});

describe("the 50 MB limit", () => {
  it("answers 413 from the declared length, before reading the body", async () => {
    const res = await ctx.app.request("/api/imports", {
      method: "POST",
      body: "x",
      headers: {
        cookie: me.cookie!,
        "x-csrf-token": me.csrfToken!,
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(51 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "payload_too_large" });
  });

  it("counts streamed bytes when no length is declared (a smaller limit, injected)", async () => {
    const app = new Hono();
    app.onError((error, c) => handleError(error, c as never));
    app.post("/up", uploadLimit(1024, "The upload"), async (c) => c.text(await c.req.text()));
    const chunk = new Uint8Array(512).fill(120);
    const stream = (chunks: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < chunks; i++) controller.enqueue(chunk);
          controller.close();
        },
      });
    const post = (chunks: number) =>
      app.request(
        new Request("http://x/up", {
          method: "POST",
          body: stream(chunks),
          duplex: "half",
        } as RequestInit),
      );
    expect((await post(2)).status).toBe(200);
    const tooBig = await post(3);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ message: "The upload is larger than 1 KB." });
  });

  it("is checked by size before parsing (the CLI uses the same check)", () => {
    expect(() => assertImportSize(50 * 1024 * 1024)).not.toThrow();
    expect(() => assertImportSize(50 * 1024 * 1024 + 1)).toThrow(/limited to 50 MB/);
    expect(() => assertImportSize(2048, 1024)).toThrow(
      "The file is 2 KB; imports are limited to 1 KB.",
    );
  });
});
