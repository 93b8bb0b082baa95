import { type ImportedContact, makeContact, ParseError } from "./contact.ts";
import {
  assertHasRows,
  type CsvDelimiter,
  guessFormat,
  headerIndex,
  readCsvRows,
  splitHeader,
} from "./csv.ts";

const HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
// Exports before 2019 had no URL column; the other columns never changed names.
const REQUIRED = ["first name", "last name", "connected on"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number) => String(n).padStart(2, "0");

function toIsoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1]! || (m === 2 && d === 29 && !isLeap(y)))
    return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

// A 30,000-row export has a few thousand distinct dates: each is read once.
const connectedOnCache = new Map<string, string | null>();

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
// LinkedIn writes four-digit years; Excel re-saves the column as `12-Mar-24`. LinkedIn
// started in 2003, so a two-digit year is this century.
const yearOf = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * LinkedIn's `12 Mar 2024` as `YYYY-MM-DD`, and the spellings a spreadsheet turns it into:
 * `12-Mar-24`, `Mar 12, 2024`, `2024-03-12` (with or without a time). Null when
 * unreadable: a day-month order cannot be told from `03/12/2024`, so no guess is made.
 */
export function parseConnectedOn(value: string): string | null {
  const cached = connectedOnCache.get(value);
  if (cached !== undefined) return cached;
  const v = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?: ?(?:Z|UTC|[+-][\d:]+))?)?$/i.exec(v);
  const dmy = /^(\d{1,2})[\s-]([A-Za-z]{3,})\.?[\s-](\d{4}|\d{2})$/.exec(v);
  const mdy = /^([A-Za-z]{3,})\.? (\d{1,2}),? (\d{4})$/.exec(v);
  const date = iso
    ? toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : dmy
      ? toIsoDate(yearOf(dmy[3]!), monthOf(dmy[2]!), Number(dmy[1]))
      : mdy
        ? toIsoDate(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]))
        : null;
  if (connectedOnCache.size < 20_000) connectedOnCache.set(value, date);
  return date;
}

/**
 * Finds the header line: LinkedIn puts a few "Notes:" lines (free text, with commas and
 * quotes) before it, so the preamble is skipped as text rather than parsed as CSV.
 */
function findHeader(
  text: string,
): { offset: number; line: number; delimiter: CsvDelimiter } | null {
  let offset = 0;
  for (let line = 1; line <= 50 && offset < text.length; line++) {
    const end = text.indexOf("\n", offset);
    const raw = text.slice(offset, end === -1 ? undefined : end).replace(/^\uFEFF/, "");
    if (/^"?first name"?\s*[,;\t]/i.test(raw.trim())) {
      const { cells, delimiter } = splitHeader(raw.replace(/\r$/, ""));
      const index = headerIndex(cells);
      if (REQUIRED.every((c) => index.has(c))) return { offset, line, delimiter };
    }
    if (end === -1) break;
    offset = end + 1;
  }
  return null;
}

/**
 * Reads LinkedIn's Connections.csv (from "Get a copy of your data"). Every connection gets
 * how-we-met "LinkedIn" and met-on the day the connection was made.
 */
export function parseLinkedIn(text: string): ImportedContact[] {
  const header = findHeader(text);
  if (!header) {
    const guess = guessFormat(text);
    throw new ParseError(
      1,
      guess && !guess.includes("LinkedIn")
        ? `this is not a LinkedIn Connections.csv: it looks like ${guess}`
        : `this is not a LinkedIn Connections.csv: no header line "${HEADER}" found`,
    );
  }
  const [head, ...rows] = readCsvRows(text.slice(header.offset), header.line, header.delimiter);
  assertHasRows(rows, header.line);
  const index = headerIndex(head!.cells);
  const cell = (cells: string[], name: string) => {
    const i = index.get(name);
    return i === undefined ? "" : (cells[i] ?? "");
  };
  return rows.map(({ line, cells }) =>
    makeContact({
      line,
      givenName: cell(cells, "first name"),
      familyName: cell(cells, "last name"),
      profileUrl: cell(cells, "url"),
      emails: [cell(cells, "email address")],
      organizationName: cell(cells, "company"),
      title: cell(cells, "position"),
      metOn: parseConnectedOn(cell(cells, "connected on")),
      howWeMet: "LinkedIn",
    }),
  );
}
