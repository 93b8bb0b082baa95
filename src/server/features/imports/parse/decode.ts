import { ParseError } from "./contact.ts";

/** 1-based line of a byte offset: the number of line feeds before it, plus one. */
export function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : 3;
    if (b >= 0x80 && (b < 0xc2 || b > 0xf4)) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] ?? 0;
    if (
      (b === 0xe0 && c1 < 0xa0) ||
      (b === 0xed && c1 > 0x9f) ||
      (b === 0xf0 && c1 < 0x90) ||
      (b === 0xf4 && c1 > 0x8f)
    )
      return i;
    i += need + 1;
  }
  return -1;
}

/**
 * An .xlsx (a ZIP archive whose entries are under `xl/` and `[Content_Types].xml`) or an
 * .xls (an OLE2 compound file): the contacts were opened in Excel and saved in its format.
 */
function isExcelWorkbook(bytes: Uint8Array): boolean {
  const ole2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (ole2.every((b, i) => bytes[i] === b)) return true;
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return false;
  const head = Buffer.from(bytes.subarray(0, 64 * 1024)).toString("latin1");
  return head.includes("[Content_Types].xml") && head.includes("xl/");
}

/**
 * Refuses what is not a text file at all, with the line where it shows: empty files, ZIP
 * archives (LinkedIn's export arrives zipped) and binary data (NUL and other control bytes).
 */
export function assertTextFile(bytes: Uint8Array): void {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (!bytes.subarray(bom).some((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) {
    throw new ParseError(1, "the file is empty");
  }
  if (isExcelWorkbook(bytes)) {
    throw new ParseError(
      1,
      "this is an Excel workbook, not a text file: save it as CSV UTF-8 first",
    );
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new ParseError(
      1,
      "this is a ZIP archive, not a text file: unzip it first (LinkedIn's export contains Connections.csv)",
    );
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // Tab, line feed, form feed and carriage return are text; other C0 controls are not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) {
      throw new ParseError(
        lineAt(bytes, i),
        `binary data (byte 0x${b.toString(16).padStart(2, "0")}): this is not a text file`,
      );
    }
  }
}

/**
 * Excel for Mac's "CSV (Macintosh)" ends lines with a lone CR: made line feeds, so that rows
 * and line numbers come out as in any other file. Files with line feeds are left as they are.
 */
const withLineFeeds = (text: string) => (text.includes("\n") ? text : text.replace(/\r/g, "\n"));

/**
 * The file as text: UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with a
 * UTF-16 byte-order mark. Anything else is refused with the line of the first bad byte,
 * rather than guessed: a wrong guess would store garbled names.
 */
export function decodeText(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const text = new TextDecoder(bytes[0] === 0xff ? "utf-16le" : "utf-16be").decode(bytes);
    assertTextFile(new TextEncoder().encode(text));
    return withLineFeeds(text);
  }
  assertTextFile(bytes);
  try {
    return withLineFeeds(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = bytes[at] ?? 0;
    throw new ParseError(
      lineAt(bytes, at),
      `not valid UTF-8 (byte 0x${byte.toString(16)}): save the file as UTF-8 and try again`,
    );
  }
}
