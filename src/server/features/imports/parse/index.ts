import type { ImportedContact } from "./contact.ts";
import { decodeText } from "./decode.ts";
import { parseGoogleCsv } from "./google-csv.ts";
import { parseLinkedIn } from "./linkedin.ts";
import { parseVcards } from "./vcard.ts";

export { type ImportedContact, ParseError } from "./contact.ts";
export { parseGoogleCsv } from "./google-csv.ts";
export { parseLinkedIn } from "./linkedin.ts";
export { parseVcards } from "./vcard.ts";

export const IMPORT_FORMATS = ["linkedin", "google", "vcard"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

const isUtf16 = (b: Uint8Array) =>
  (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * Reads a file's bytes in the given format. CSV files must be UTF-8 (or UTF-16 with a
 * byte-order mark); vCards are decoded per property, since vCard 2.1 declares CHARSET there.
 * Throws ParseError for a file that cannot be imported.
 */
export function parseFile(format: ImportFormat, bytes: Uint8Array): ImportedContact[] {
  switch (format) {
    case "linkedin":
      return parseLinkedIn(decodeText(bytes));
    case "google":
      return parseGoogleCsv(decodeText(bytes));
    case "vcard":
      // A UTF-16 file (some Windows exports) is made UTF-8 first; otherwise bytes go in raw.
      return parseVcards(isUtf16(bytes) ? decodeText(bytes) : bytes);
  }
}
