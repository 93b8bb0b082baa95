import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ImportFormat, ParseError, parseFile } from "./index.ts";
import { parseConnectedOn } from "./linkedin.ts";

// Files as other versions of the exporting products, and spreadsheets, write them.

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));
const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (format: ImportFormat, file: Uint8Array | string) =>
  parseFile(format, typeof file === "string" ? bytes(file) : file);

function refusal(format: ImportFormat, file: string) {
  try {
    parse(format, file);
  } catch (error) {
    if (error instanceof ParseError) return { line: error.line, reason: error.reason };
    throw error;
  }
  throw new Error("the file was not refused");
}

const LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

describe("LinkedIn exports from other years and spreadsheets", () => {
  it("reads exports from before 2019, which had no URL column", () => {
    const text =
      "First Name,Last Name,Email Address,Company,Position,Connected On\n" +
      "Tobias,Engel,tobias.engel@example.de,Engel & Söhne,Geschäftsführer,12 Mar 2018\n";
    expect(parse("linkedin", text)).toMatchObject([
      {
        line: 2,
        name: "Tobias Engel",
        profileUrl: null,
        emails: ["tobias.engel@example.de"],
        organizationName: "Engel & Söhne",
        metOn: "2018-03-12",
      },
    ]);
  });

  it("reads Excel's Unicode Text (UTF-16 with tabs) and its dates", () => {
    expect(parse("linkedin", read("linkedin-excel-unicode-text.txt"))).toMatchObject([
      {
        line: 2,
        name: "Hana Kowalczyk",
        organizationName: "Riverbend Analytics",
        metOn: "2025-01-14",
      },
      {
        line: 3,
        name: "Zoë Ångström",
        organizationName: "Nordljus, AB",
        title: 'Produktchef "Norden"',
        metOn: "2022-11-28",
      },
    ]);
  });

  it("reads semicolon-separated files (Excel where the comma is the decimal separator)", () => {
    const text = `${LINKEDIN_HEADER.replaceAll(",", ";")}\r\nLukas;Brandt;https://www.linkedin.com/in/lukas-brandt;;Brandt & Partner, GmbH;Berater;04 Oct 2023\r\n`;
    expect(parse("linkedin", text)).toMatchObject([
      { name: "Lukas Brandt", organizationName: "Brandt & Partner, GmbH", metOn: "2023-10-04" },
    ]);
  });

  it("reads lone-CR line endings (Excel for Mac) with the right lines", () => {
    const text = `${NOTES}${LINKEDIN_HEADER}\nAnn,Lee,,,Acme,Dev,1 Feb 2020\nBo,Li,,,Acme,Dev,2 Feb 2020\n`;
    expect(parse("linkedin", text.replaceAll("\n", "\r")).map((c) => [c.line, c.name])).toEqual([
      [5, "Ann Lee"],
      [6, "Bo Li"],
    ]);
  });

  it("reads the dates a spreadsheet writes back, and guesses no day-month order", () => {
    expect(parseConnectedOn("12-Mar-24")).toBe("2024-03-12");
    expect(parseConnectedOn("Mar 12, 2024")).toBe("2024-03-12");
    expect(parseConnectedOn("12 March 2024")).toBe("2024-03-12");
    expect(parseConnectedOn("2024-03-12 10:04:11 UTC")).toBe("2024-03-12");
    expect(parseConnectedOn("03/12/2024")).toBeNull();
    expect(parseConnectedOn("12 Foo 2024")).toBeNull();
  });

  it("drops rows of bare separators that a spreadsheet leaves behind", () => {
    const text = `${LINKEDIN_HEADER}\r\nAnn,Lee,,,Acme,Dev,1 Feb 2020\r\n,,,,,,\r\n, ,,,,,\r\n`;
    expect(parse("linkedin", text).map((c) => [c.line, c.name])).toEqual([[2, "Ann Lee"]]);
    expect(refusal("linkedin", `${LINKEDIN_HEADER}\n,,,,,,\n`)).toMatchObject({ line: 1 });
  });

  it("refuses a file with a header and no rows, naming the header's line", () => {
    expect(refusal("linkedin", `${NOTES}${LINKEDIN_HEADER}\n\n`)).toEqual({
      line: 4,
      reason: "the file has a header but no contacts below it",
    });
    expect(refusal("google", "First Name,Last Name,E-mail 1 - Value\r\n")).toMatchObject({
      line: 1,
      reason: "the file has a header but no contacts below it",
    });
  });
});

describe("other files", () => {
  it("tells an Excel workbook from a ZIP archive", () => {
    const xlsx = bytes(
      "PK\u0003\u0004\u0014\u0000[Content_Types].xmlPK\u0003\u0004xl/workbook.xml",
    );
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    for (const workbook of [xlsx, xls])
      for (const format of ["linkedin", "google", "vcard"] as const)
        expect(() => parse(format, workbook)).toThrow(/Excel workbook.*save it as CSV UTF-8/);
  });

  it("reads vCard 4.0 tel: URIs with an extension", () => {
    const card =
      "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\nTEL;VALUE=uri;TYPE=work:tel:+1-555-555-0150;ext=102\nTEL;VALUE=uri:tel:555-0101;phone-context=example.com\nEND:VCARD\n";
    expect(parse("vcard", card)[0]!.phones).toEqual(["+1-555-555-0150 ext. 102", "555-0101"]);
  });
});

describe("contacts that are not people", () => {
  it("skips Google contacts that hold only a company, and keeps a shared homepage", () => {
    const [company, aiko, bruno] = parse("google", read("google-company-and-shared-site.csv"));
    expect(company).toMatchObject({
      line: 2,
      name: "",
      skipReason: "a company (only an organization name), not a person",
    });
    expect(aiko).toMatchObject({ name: "Aiko Sato", profileUrl: "https://tessellate.example" });
    expect(bruno).toMatchObject({ name: "Bruno Keller", title: "Engineer" });
  });

  it("skips vCards of organizations and groups; drops Google's myContacts category", () => {
    const cards = parse("vcard", read("vcard-not-people.vcf"));
    expect(cards.map((c) => [c.line, c.name, c.skipReason])).toEqual([
      [1, "", "a company card, not a person"],
      [9, "", "a group card (a list of contacts), not a person"],
      [15, "", "a group card (a list of contacts), not a person"],
      [23, "Amara Okonjo-Reyes", undefined],
    ]);
    expect(cards[3]).toMatchObject({
      organizationName: "Okonjo Labs",
      phones: ["+1-555-555-0147"],
      tags: ["mentors"],
    });
  });

  it("reads vCards with lone-CR line endings", () => {
    const text =
      "BEGIN:VCARD\rVERSION:3.0\rFN:Ann Lee\rEND:VCARD\rBEGIN:VCARD\rFN:Bo Li\rEND:VCARD\r";
    expect(parse("vcard", text).map((c) => [c.line, c.name])).toEqual([
      [1, "Ann Lee"],
      [5, "Bo Li"],
    ]);
  });
});
