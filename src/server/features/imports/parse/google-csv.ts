import { type ImportedContact, makeContact, ParseError, withoutSystemGroups } from "./contact.ts";
import { assertHasRows, guessFormat, headerIndex, readCsvRows, splitHeader } from "./csv.ts";

/** Google joins several values in one cell with this separator. */
const MULTI = " ::: ";
const split = (cell: string) =>
  cell
    .split(MULTI)
    .map((v) => v.trim())
    .filter(Boolean);

// Google's current export names the first column; the older one ("Google CSV" before 2023)
// used Given/Family Name and numbered organizations.
const NAME_COLUMNS = {
  given: ["first name", "given name"],
  middle: ["middle name", "additional name"],
  family: ["last name", "family name"],
  full: ["name"],
  nickname: ["nickname"],
  fileAs: ["file as"],
  org: ["organization name", "organization 1 - name"],
  title: ["organization title", "organization 1 - title"],
  notes: ["notes"],
  labels: ["labels", "group membership"],
};
const GOOGLE_MARKER =
  /^(e-mail|phone|website|organization|address) \d+ - |^organization (name|title)$|^labels$|^group membership$/;

/**
 * Reads a Google Contacts CSV export (current and older column names). Multi-valued cells
 * (` ::: `) become several e-mails, phones or tags; a LinkedIn address among the websites
 * becomes the profile URL, else the first website.
 */
export function parseGoogleCsv(text: string): ImportedContact[] {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // The header is checked before the rows: another format's rows would fail as bad CSV first.
  const header = splitHeader(body.slice(0, body.indexOf("\n") + 1 || undefined).trimEnd());
  const index = headerIndex(header.cells);
  const names = [...index.keys()];
  const hasName = [...NAME_COLUMNS.given, ...NAME_COLUMNS.full].some((c) => index.has(c));
  if (!hasName || !names.some((n) => GOOGLE_MARKER.test(n))) {
    const guess = guessFormat(text);
    throw new ParseError(
      1,
      guess && !guess.includes("Google")
        ? `this is not a Google Contacts CSV: it looks like ${guess}`
        : "this is not a Google Contacts CSV: expected a header with First Name, Last Name, E-mail 1 - Value, …",
    );
  }
  const rows = readCsvRows(body, 1, header.delimiter).slice(1);
  assertHasRows(rows, 1);
  const columnsLike = (re: RegExp) => names.filter((n) => re.test(n)).map((n) => index.get(n)!);
  const emailColumns = columnsLike(/^e-mail \d+ - value$/);
  const phoneColumns = columnsLike(/^phone \d+ - value$/);
  const websiteColumns = names
    .filter((n) => /^website \d+ - value$/.test(n))
    .map((n) => ({
      value: index.get(n)!,
      label: index.get(n.replace("value", "label")) ?? index.get(n.replace("value", "type")),
    }));
  const first = (cells: string[], columns: string[]) => {
    for (const c of columns) {
      const i = index.get(c);
      const v = i === undefined ? "" : split(cells[i] ?? "")[0];
      if (v) return v;
    }
    return "";
  };
  return rows.map(({ line, cells }) => {
    const websites = websiteColumns.flatMap(({ value, label }) => {
      const urls = split(cells[value] ?? "");
      const labels = label === undefined ? [] : split(cells[label] ?? "");
      return urls.map((url, i) => ({ url, label: labels[i] ?? "" }));
    });
    const profile =
      websites.find((w) => /linkedin/i.test(w.label) || /linkedin\.com\//i.test(w.url)) ??
      websites[0];
    const labelCol = NAME_COLUMNS.labels.map((c) => index.get(c)).find((i) => i !== undefined);
    const notesCol = index.get("notes");
    const organizationName = first(cells, NAME_COLUMNS.org);
    const personal = [NAME_COLUMNS.given, NAME_COLUMNS.middle, NAME_COLUMNS.family].some((c) =>
      first(cells, c),
    );
    const display =
      first(cells, NAME_COLUMNS.full) ||
      first(cells, NAME_COLUMNS.nickname) ||
      first(cells, NAME_COLUMNS.fileAs);
    // A company saved as a contact has only an organization (Google files it under that name).
    const isCompany =
      !personal &&
      organizationName !== "" &&
      (!display || display.toLowerCase() === organizationName.toLowerCase());
    return makeContact({
      line,
      givenName: first(cells, NAME_COLUMNS.given),
      middleName: first(cells, NAME_COLUMNS.middle),
      familyName: first(cells, NAME_COLUMNS.family),
      fullName: isCompany ? null : first(cells, NAME_COLUMNS.full) || (personal ? null : display),
      emails: emailColumns.flatMap((i) => split(cells[i] ?? "")),
      phones: phoneColumns.flatMap((i) => split(cells[i] ?? "")),
      profileUrl: profile?.url ?? null,
      organizationName,
      title: first(cells, NAME_COLUMNS.title),
      notes: notesCol === undefined ? null : (cells[notesCol] ?? null),
      tags: labelCol === undefined ? [] : withoutSystemGroups(split(cells[labelCol] ?? "")),
      ...(isCompany ? { skipReason: "a company (only an organization name), not a person" } : {}),
    });
  });
}
