import Papa from "papaparse";
import { ParseError } from "./contact.ts";

export type CsvRow = { line: number; cells: string[] };

/** Counts line feeds in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * Reads separated rows with papaparse, each with the file line it starts on (`firstLine` is
 * the line of text[0]). Blank rows (no cell with text) are dropped. A structural fault (an
 * unclosed quote, a row with more or fewer cells than the header) refuses the whole file:
 * it usually means the file was cut short or edited by hand, and guessing would import
 * shifted columns.
 */
export function readCsvRows(
  text: string,
  firstLine: number,
  delimiter: CsvDelimiter = ",",
): CsvRow[] {
  const rows: CsvRow[] = [];
  let start = 0;
  let line = firstLine;
  let failure: ParseError | undefined;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (result, parser) => {
      const cells = result.data;
      const end = result.meta.cursor;
      const rowLine = line;
      line += countLines(text, start, end);
      start = end;
      const error = result.errors[0];
      if (error) {
        failure = new ParseError(
          rowLine,
          error.code === "MissingQuotes"
            ? "a quoted field is never closed: the file may be cut short"
            : `${error.message.toLowerCase()}`,
        );
        parser.abort();
        return;
      }
      // A spreadsheet leaves rows of bare separators where rows were cleared: blank too.
      if (cells.every((c) => c.trim() === "")) return;
      const expected = rows[0]?.cells.length;
      // Trailing empty cells (a spreadsheet's stray commas) are harmless.
      while (expected !== undefined && cells.length > expected && cells.at(-1) === "") cells.pop();
      if (expected !== undefined && cells.length !== expected) {
        failure = new ParseError(
          rowLine,
          `this row has ${cells.length} fields where the header has ${expected}: the row is cut short or a comma is missing`,
        );
        parser.abort();
        return;
      }
      rows.push({ line: rowLine, cells });
    },
  });
  if (failure) throw failure;
  return rows;
}

/**
 * Excel saves "Unicode Text" with tabs and, in locales where the comma is the decimal
 * separator, "CSV" with semicolons. The header line decides: the separator that splits it
 * into the most cells.
 */
export type CsvDelimiter = "," | "\t" | ";";

export function splitHeader(line: string): { cells: string[]; delimiter: CsvDelimiter } {
  let best: { cells: string[]; delimiter: CsvDelimiter } = { cells: [line], delimiter: "," };
  for (const delimiter of [",", "\t", ";"] as const) {
    const cells = Papa.parse<string[]>(line, { delimiter, preview: 1 }).data[0] ?? [];
    if (cells.length > best.cells.length) best = { cells, delimiter };
  }
  return best;
}

/** Header cell names, trimmed and lower-cased, mapped to their column index. */
export function headerIndex(cells: string[]): Map<string, number> {
  const index = new Map<string, number>();
  cells.forEach((c, i) => {
    const key = c
      .replace(/^\uFEFF/, "")
      .trim()
      .toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/**
 * Refuses a file whose header is followed by no row at all: nothing to import usually means
 * the wrong file (a template, a file saved before its rows were pasted).
 */
export function assertHasRows(rows: CsvRow[], headerLine: number): void {
  if (rows.length === 0)
    throw new ParseError(headerLine, "the file has a header but no contacts below it");
}

/** What a misdirected file probably is, to say so in the refusal. */
export function guessFormat(text: string): string | null {
  const head = text.slice(0, 4000).toLowerCase();
  if (/^\s*begin:vcard/m.test(head)) return "a vCard file (import it as vcard)";
  if (/e-mail 1 - value|given name[,;\t]|organization 1 - name|organization name/.test(head))
    return "a Google Contacts CSV (import it as google)";
  if (/first name"?[,;\t]"?last name"?[,;\t].*connected on/.test(head))
    return "a LinkedIn Connections.csv (import it as linkedin)";
  return null;
}
