import { z } from "zod";

/** The largest file an import reads ("files up to 50 MB"); the web page checks it first. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** How many created and merged rows an import answer lists, each: a sample to look at. */
export const IMPORT_SAMPLE_ROWS = 100;

export const ImportFormatSchema = z.enum(["linkedin", "google", "vcard"]);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

const Line = z.number().int();

export const ImportSkippedRow = z.object({ line: Line, reason: z.string() });

/** A row that becomes a new person. */
export const ImportCreatedRow = z.object({
  line: Line,
  name: z.string(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
});
export type ImportCreatedRow = z.infer<typeof ImportCreatedRow>;

/** A row that matched someone: a person already in the workspace, or an earlier row. */
export const ImportMergedRow = z.object({
  line: Line,
  /** The name on the row. */
  name: z.string(),
  organization: z.string().nullable(),
  /** The person it merges into; null when that is an earlier row of the same file. */
  personId: z.string().nullable(),
  /** That person's name (an import never renames anyone). */
  personName: z.string(),
  /** Whether the row brings anything new (a filled field, an e-mail, a tag, a note). */
  changed: z.boolean(),
});
export type ImportMergedRow = z.infer<typeof ImportMergedRow>;

export const ImportSampleRows = z.object({
  created: z.array(ImportCreatedRow),
  merged: z.array(ImportMergedRow),
});
export type ImportSampleRows = z.infer<typeof ImportSampleRows>;

/** What an import did (commit) or would do (preview). */
export const ImportSummaryView = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.array(ImportSkippedRow),
  rejected: z.literal(false),
  /** The first rows created and merged, in file order (the web API sends them; the CLI does not). */
  rows: ImportSampleRows.optional(),
});
export type ImportSummaryView = z.infer<typeof ImportSummaryView>;

/** A file refused whole: nothing was written. */
export const ImportRejectedView = z.object({
  code: z.literal("import_rejected"),
  message: z.string(),
  line: Line,
  reason: z.string(),
  rejected: z.literal(true),
});
export type ImportRejectedView = z.infer<typeof ImportRejectedView>;
