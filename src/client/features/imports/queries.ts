import {
  type ImportFormat,
  ImportRejectedView,
  ImportSummaryView,
} from "../../../shared/api/imports.ts";
import { isApiError } from "../../lib/api.ts";
import { type UploadOptions, upload } from "../../lib/upload.ts";

/** `preview` computes what the file would do and writes nothing; `commit` writes it. */
export type ImportMode = "preview" | "commit";

type Progress = Omit<UploadOptions<typeof ImportSummaryView>, "schema">;

/** POST /imports: the multipart form the server expects, with upload progress. */
export function sendImport(
  file: File,
  format: ImportFormat,
  mode: ImportMode,
  progress: Progress = {},
): Promise<ImportSummaryView> {
  const form = new FormData();
  form.set("format", format);
  form.set("mode", mode);
  // Last, so that the small fields are in the body before the file's bytes.
  form.set("file", file, file.name);
  return upload("/imports", form, { ...progress, schema: ImportSummaryView });
}

/** The line and reason of a refused file (400 import_rejected), or null for other errors. */
export function rejectionOf(error: unknown): ImportRejectedView | null {
  if (!isApiError(error) || error.code !== "import_rejected") return null;
  const parsed = ImportRejectedView.safeParse(error.body);
  return parsed.success ? parsed.data : null;
}
