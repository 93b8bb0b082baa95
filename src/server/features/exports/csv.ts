import Papa from "papaparse";
import type { Db } from "../../db/connect.ts";
import type { PeopleFilter, PersonRecord } from "../people/repo.ts";
import type { Sink } from "./backup-write.ts";
import { peoplePages } from "./people-source.ts";

/** Several values in one cell are joined as Google Contacts does: unambiguous and splittable. */
export const MULTI_VALUE_SEPARATOR = " ::: ";

export const CSV_COLUMNS = [
  "name",
  "givenName",
  "familyName",
  "emails",
  "phones",
  "profileUrl",
  "title",
  "organization",
  "startedAt",
  "canHire",
  "howWeMet",
  "metOn",
  "tags",
  "notes",
  "createdAt",
  "updatedAt",
  "id",
] as const;

// A cell starting with = + - @ is a formula to Excel and LibreOffice (CSV injection): it is
// quoted with a leading '. Phone numbers such as "+1 416…" stay as they are.
const FORMULA = /^[=@\t\r]|^[+-](?![\d (])/;

function csvRow(r: PersonRecord): Record<(typeof CSV_COLUMNS)[number], string> {
  const p = r.person;
  return {
    name: p.name,
    givenName: p.givenName ?? "",
    familyName: p.familyName ?? "",
    emails: p.emails.join(MULTI_VALUE_SEPARATOR),
    phones: p.phones.join(MULTI_VALUE_SEPARATOR),
    profileUrl: p.profileUrl ?? "",
    title: p.title ?? "",
    organization: r.organizationName ?? "",
    startedAt: p.startedAt ?? "",
    canHire: p.canHire ? "yes" : "no",
    howWeMet: p.howWeMet,
    metOn: p.metOn ?? "",
    tags: p.tags.join(MULTI_VALUE_SEPARATOR),
    notes: p.notes,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    id: p.id,
  };
}

/** People as CSV rows (RFC 4180, CRLF), with or without the header line. */
export function peopleCsv(rows: PersonRecord[], header: boolean): string {
  return Papa.unparse(
    {
      fields: [...CSV_COLUMNS],
      data: rows.map((r) => {
        const cells = csvRow(r);
        return CSV_COLUMNS.map((c) => cells[c]);
      }),
    },
    { header, newline: "\r\n", escapeFormulae: FORMULA },
  );
}

/** Every person matching the filter (as GET /api/people) as one CSV file. */
export async function writePeopleCsv(
  db: Db,
  ws: string,
  filter: PeopleFilter,
  sink: Sink,
): Promise<void> {
  let first = true;
  for await (const page of peoplePages(db, ws, filter)) {
    await sink(`${peopleCsv(page, first)}\r\n`);
    first = false;
  }
  if (first) await sink(`${peopleCsv([], true)}\r\n`);
}
