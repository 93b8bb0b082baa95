import { type ImportFormat, MAX_IMPORT_BYTES } from "../../../shared/api/imports.ts";

export type ImportSource = {
  format: ImportFormat;
  label: string;
  /** The file the user is looking for. */
  file: string;
  /** Where to get that file, in one line. */
  help: string;
  /** For the file picker. */
  accept: string;
};

const CSV = ".csv,text/csv";

export const IMPORT_SOURCES: readonly ImportSource[] = [
  {
    format: "linkedin",
    label: "LinkedIn",
    file: "Connections.csv",
    help: "LinkedIn: Settings → Data privacy → Get a copy of your data → Connections. Unzip what LinkedIn sends you.",
    accept: CSV,
  },
  {
    format: "google",
    label: "Google Contacts",
    file: "a Google CSV file",
    help: "contacts.google.com: Export → Google CSV.",
    accept: CSV,
  },
  {
    format: "vcard",
    label: "vCard",
    file: "a .vcf file",
    help: "Apple Contacts (File → Export → Export vCard), Outlook or your phone: one card or many.",
    accept: ".vcf,.vcard,text/vcard,text/x-vcard",
  },
];

export function sourceOf(format: ImportFormat): ImportSource {
  return IMPORT_SOURCES.find((s) => s.format === format) ?? (IMPORT_SOURCES[0] as ImportSource);
}

/** `820 bytes`, `12 KB`, `51.2 MB` — the server's wording for sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? "byte" : "bytes"}`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
};

const VCARD_EXTENSIONS = new Set(["vcf", "vcard"]);
const CSV_EXTENSIONS = new Set(["csv", "txt"]);

/**
 * Why a file cannot be sent for this source, or null when it can. Checked before uploading,
 * so that a 60 MB file or LinkedIn's ZIP archive is refused at once rather than after a long
 * upload; the server still reads and judges the content.
 */
export function checkImportFile(
  file: { name: string; size: number },
  format: ImportFormat,
  maxBytes = MAX_IMPORT_BYTES,
): string | null {
  if (file.size > maxBytes) {
    return `${file.name} is ${formatBytes(file.size)}; files up to ${formatBytes(maxBytes)} can be imported. Split it into smaller files and import each.`;
  }
  if (file.size === 0) return `${file.name} is empty.`;
  const ext = extensionOf(file.name);
  if (ext === "zip") {
    return `${file.name} is a ZIP archive: open it and pick ${sourceOf(format).file} inside.`;
  }
  if (!ext) return null;
  if (format === "vcard" && !VCARD_EXTENSIONS.has(ext)) {
    return CSV_EXTENSIONS.has(ext)
      ? `${file.name} is a CSV file: choose LinkedIn or Google Contacts above, or pick a .vcf file.`
      : `${file.name} is not a vCard file: pick a .vcf file.`;
  }
  if (format !== "vcard" && !CSV_EXTENSIONS.has(ext)) {
    return VCARD_EXTENSIONS.has(ext)
      ? `${file.name} is a vCard file: choose vCard above.`
      : `${file.name} is not a CSV file: pick ${sourceOf(format).file}.`;
  }
  return null;
}

/** "5 people", "1 person". */
export function peopleCount(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? "person" : "people"}`;
}

/** "1 row", "12 rows". */
export function rowCount(n: number): string {
  return `${n.toLocaleString()} ${n === 1 ? "row" : "rows"}`;
}
