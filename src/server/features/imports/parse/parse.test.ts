import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { profileUrlKey } from "../match-keys.ts";
import { type ImportFormat, ParseError, parseFile, parseVcards } from "./index.ts";
import { parseConnectedOn } from "./linkedin.ts";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));
const parse = (format: ImportFormat, name: string) => parseFile(format, read(name));

function refusal(format: ImportFormat, bytes: Uint8Array | string) {
  try {
    parseFile(format, typeof bytes === "string" ? new TextEncoder().encode(bytes) : bytes);
  } catch (error) {
    if (error instanceof ParseError) return { line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error("the file was not refused");
}

describe("LinkedIn Connections.csv", () => {
  it("skips the Notes preamble and reads every row with its line", () => {
    const contacts = parse("linkedin", "linkedin-connections.csv");
    expect(contacts.map((c) => [c.line, c.name])).toEqual([
      [5, "Maren Okafor"],
      [6, "Teodor Vasquez-Lindqvist"],
      [7, "Priyanka Ramaswamy"],
      [8, 'Jonah O\'Brien "JB"'],
      [9, ""],
      [10, "Maren Okafor"],
      [11, "Élodie Marchetti"],
    ]);
    expect(contacts[0]).toEqual({
      line: 5,
      givenName: "Maren",
      familyName: "Okafor",
      name: "Maren Okafor",
      emails: [],
      phones: [],
      profileUrl: "https://www.linkedin.com/in/maren-okafor-4b1a2c",
      title: "Director, Patient Operations",
      organizationName: "Harbourline Health",
      metOn: "2024-03-12",
      notes: null,
      tags: [],
      howWeMet: "LinkedIn",
    });
    expect(contacts[1]!.emails).toEqual(["teodor.vl@example.com"]);
    expect(contacts[2]!.organizationName).toBe("Northwind Grants, Inc.");
  });

  it("reads LinkedIn's dates", () => {
    expect(parseConnectedOn("12 Mar 2024")).toBe("2024-03-12");
    expect(parseConnectedOn("1 Feb 2020")).toBe("2020-02-01");
    expect(parseConnectedOn("2023-07-09")).toBe("2023-07-09");
    expect(parseConnectedOn("31 Feb 2024")).toBeNull();
    expect(parseConnectedOn("soon")).toBeNull();
  });
});

describe("Google Contacts CSV", () => {
  it("splits ::: values, keeps labels as tags, finds the LinkedIn profile", () => {
    const [amara, kenji, nameless, sofia, kenjiAgain] = parse("google", "google-contacts.csv");
    expect(amara).toMatchObject({
      line: 2,
      name: "Amara Nwosu-Bell",
      emails: ["amara@brightwater.example", "amara.nb@example.net", "anb@example.org"],
      phones: ["+1 902-555-0142", "+1 902 555 0199", "+1 902 555 0100"],
      profileUrl: "https://linkedin.com/in/amara-nwosu-bell",
      organizationName: "Brightwater Foundation",
      title: "Executive Director",
      tags: ["mentors", "non-profit"],
    });
    expect(amara!.notes).toBe(
      'Met at the Halifax non-profit summit.\nFollow up about board roles, "governance" in particular.',
    );
    expect(kenji).toMatchObject({
      line: 4,
      tags: ["starred"],
      profileUrl: "https://kenji.example.com",
    });
    expect(nameless).toMatchObject({ line: 5, name: "" });
    expect(sofia).toMatchObject({ line: 6, name: "Sofía Inés Castro", givenName: "Sofía" });
    expect(kenjiAgain).toMatchObject({ line: 7, emails: ["kenji.w@example.com"] });
  });

  it("reads the older Given Name / Organization 1 columns", () => {
    expect(parse("google", "google-contacts-legacy.csv")).toMatchObject([
      {
        name: "Grace Adeyemi",
        organizationName: "Pinecrest University",
        title: "Career Services Manager",
        tags: ["alumni"],
        profileUrl: "https://www.linkedin.com/in/grace-adeyemi",
      },
    ]);
  });
});

describe("vCard", () => {
  it("reads Outlook's 2.1: windows-1252 per property, quoted-printable with soft breaks", () => {
    const [jurgen, ana] = parse("vcard", "outlook-2.1.vcf");
    expect(jurgen).toMatchObject({
      line: 1,
      name: "Jürgen Müller-Lüdenscheidt",
      givenName: "Jürgen",
      familyName: "Müller-Lüdenscheidt",
      organizationName: "Bäckerei Großmann GmbH",
      title: "Leiter Einkauf – Süd",
      emails: ["j.mueller@grossmann-baeckerei.example"],
      phones: ["+49 221 5550 1234", "+49 171 5550 987"],
    });
    expect(jurgen!.notes).toBe(
      "Kennengelernt auf der Messe in Köln, Gespräch über Lieferketten und Einkauf.\nEmpfiehlt ein Treffen mit Frau Schönberg (Leitung Logistik) – unbedingt vor Ostern.",
    );
    expect(ana).toMatchObject({
      name: "Ana Šimunović",
      title: "Head of Partnerships, Northern Region",
    });
  });

  it("reads Apple's 3.0: grouped labels, folded and escaped text, photo skipped", () => {
    const [lieke, company, maren] = parse("vcard", "apple-3.0.vcf");
    expect(lieke).toMatchObject({
      name: "Lieke Achterberg",
      organizationName: "Polder & Partners, Architects",
      emails: ["lieke@polderpartners.example", "lieke.a@example.net"],
      profileUrl: "https://www.linkedin.com/in/lieke-achterberg",
      tags: ["architecture", "mentors"],
      notes:
        "Introduced by Maren at the Rotterdam design week.\nAsk about the housing cooperative project; she leads it, with two colleagues.",
    });
    expect(company).toMatchObject({ name: "", skipReason: "a company card, not a person" });
    expect(maren).toMatchObject({
      profileUrl: "http://www.linkedin.com/in/maren-okafor-4b1a2c",
      emails: ["maren.okafor@harbourline.example"],
    });
  });

  it("reads 4.0 (RFC 6350)", () => {
    expect(parse("vcard", "vcard-4.0.vcf")).toMatchObject([
      {
        name: "Dr. Samira Haddad",
        givenName: "Samira",
        phones: ["+1-416-555-0173"],
        tags: ["climate", "research"],
        profileUrl: "https://www.linkedin.com/in/samira-haddad-phd",
      },
      { line: 14, name: "Tomás Ferreira", emails: ["tomas.ferreira@example.org"] },
    ]);
  });

  it("accepts LF line endings and a string", () => {
    expect(parseVcards("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nEND:VCARD\n")).toMatchObject([
      { line: 1, name: "Ann Lee" },
    ]);
  });
});

describe("files that cannot be imported", () => {
  it.each([
    ["linkedin", "malformed-linkedin-header.csv", 1, /not a LinkedIn Connections\.csv/],
    ["linkedin", "malformed-linkedin-truncated.csv", 6, /quoted field is never closed/],
    ["linkedin", "malformed-linkedin-latin1.csv", 3, /not valid UTF-8/],
    ["linkedin", "malformed-empty.csv", 1, /empty/],
    ["google", "malformed-empty.csv", 1, /empty/],
    ["vcard", "malformed-truncated.vcf", 5, /BEGIN:VCARD but no END:VCARD/],
    ["vcard", "malformed-binary.vcf", 2, /binary data/],
    ["vcard", "malformed-utf8.vcf", 3, /not valid UTF-8/],
    ["linkedin", "google-contacts.csv", 1, /looks like a Google Contacts CSV/],
    ["google", "linkedin-connections.csv", 1, /looks like a LinkedIn Connections\.csv/],
    ["google", "apple-3.0.vcf", 1, /looks like a vCard file/],
    ["vcard", "linkedin-connections.csv", 1, /text outside BEGIN:VCARD/],
  ] as const)("%s %s → line %i", (format, file, line, reason) => {
    const refused = refusal(format, read(file));
    expect(refused.line).toBe(line);
    expect(refused.reason).toMatch(reason);
    expect(refused.reason).not.toContain("\n");
  });

  it("names the line of a row with missing fields, and refuses ZIP archives", () => {
    const header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    expect(
      refusal("linkedin", `${header}Ann,Lee,https://x.example/in/ann,,Co,Dev,12 Mar 2024\nBo,Li\n`),
    ).toEqual({
      line: 3,
      reason: expect.stringMatching(/2 fields where the header has 7/),
    });
    expect(refusal("linkedin", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatchObject({
      line: 1,
      reason: expect.stringMatching(/ZIP archive/),
    });
    expect(
      refusal("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n"),
    ).toMatchObject({
      line: 4,
    });
    expect(
      refusal("vcard", "BEGIN:VCARD\nVERSION:3.0\nFN:A\nnot a property\nEND:VCARD\n"),
    ).toMatchObject({
      line: 4,
      reason: "a vCard line needs NAME:value",
    });
    expect(refusal("vcard", "   \n\n")).toMatchObject({ line: 1, reason: "the file is empty" });
  });
});

describe("profile URL keys", () => {
  it("give one key to every spelling of one profile", () => {
    const key = "linkedin.com/in/maren-okafor";
    for (const url of [
      "https://www.linkedin.com/in/maren-okafor/",
      "http://linkedin.com/in/Maren-Okafor",
      "linkedin.com/in/maren-okafor?trk=public",
      "https://uk.linkedin.com/in/maren-okafor#about",
    ])
      expect(profileUrlKey(url)).toBe(key);
    expect(profileUrlKey("https://www.linkedin.com/in/%C3%A9lodie")).toBe("linkedin.com/in/élodie");
    // A home page is an employer's as often as a person's: it identifies nobody.
    expect(profileUrlKey("https://www.tessellate.example/")).toBeNull();
    expect(profileUrlKey("tessellate.example/people/dana")).toBe("tessellate.example/people/dana");
  });
});
