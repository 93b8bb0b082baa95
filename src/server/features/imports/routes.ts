import { createRoute, z } from "@hono/zod-openapi";
import {
  ImportRejectedView as SharedRejected,
  ImportSummaryView as SharedSummary,
} from "../../../shared/api/imports.ts";
import { writableWorkspace } from "../../auth/middleware.ts";
import { requestMaintenance } from "../../db/maintenance.ts";
import { createRouter, ErrorSchema, jsonResponse } from "../../http/openapi.ts";
import { IMPORT_FORMATS, ParseError } from "./parse/index.ts";
import { importContacts, MAX_IMPORT_BYTES } from "./service.ts";
import { uploadLimit } from "./upload-limit.ts";

const tags = ["Import and export"];

// Multipart framing (boundaries, part headers) around a 50 MB file stays well under 64 KB.
const FORM_OVERHEAD = 64 * 1024;

export const ImportForm = z.object({
  file: z.instanceof(File).openapi({
    type: "string",
    format: "binary",
    description: "The file: Connections.csv, a Google Contacts CSV, or a .vcf (≤ 50 MB)",
  }),
  format: z.enum(IMPORT_FORMATS).openapi({
    description: "`linkedin` (Connections.csv), `google` (Google Contacts CSV) or `vcard`",
  }),
  mode: z
    .enum(["preview", "commit"])
    .default("preview")
    .openapi({ description: "`preview` writes nothing; `commit` writes in one transaction" }),
});

// The shared schemas (the web page parses answers with them), named in the OpenAPI document.
// Rebuilt from their shapes: zod copies `.openapi` onto a schema when it is made, and a
// shared module may be evaluated before @hono/zod-openapi has added it (the bundled server).
export const ImportSummaryView = z.object(SharedSummary.shape).openapi("ImportSummary");
export const ImportRejectedView = z.object(SharedRejected.shape).openapi("ImportRejected");

/** POST /imports, behind its own 50 MB body limit instead of the app's 1 MB one. */
export const importRoutes = createRouter();
importRoutes.use("/imports", uploadLimit(MAX_IMPORT_BYTES + FORM_OVERHEAD, "The upload"));
importRoutes.openapi(
  createRoute({
    method: "post",
    path: "/imports",
    tags,
    summary: "Import contacts from LinkedIn, Google Contacts or vCard (preview or commit)",
    description:
      "Multipart form: `file`, `format` (linkedin | google | vcard), `mode` (preview | commit). Both modes answer the same summary: `created`, `merged` (rows that matched someone: an existing person or an earlier row), `skipped` rows with their line and reason, and `rows`: the first 100 rows `created` (`line`, `name`, `organization`, `title`) and the first 100 `merged` (`line`, `name`, `organization`, `personId` — null when the row matched an earlier row of the same file — `personName`, and `changed`: whether the row brings anything new). `preview` writes nothing; `commit` writes everything in one transaction. A file that cannot be read at all is refused with 400 `import_rejected`, naming the line and the reason, and nothing is written. Files over 50 MB get 413.",
    request: {
      body: { content: { "multipart/form-data": { schema: ImportForm } }, required: true },
    },
    responses: {
      200: jsonResponse(ImportSummaryView, "What the import did (commit) or would do (preview)"),
      400: {
        description: "The file cannot be imported (import_rejected), or the form is invalid",
        content: { "application/json": { schema: z.union([ImportRejectedView, ErrorSchema]) } },
      },
      403: {
        description: "Read-only access",
        content: { "application/json": { schema: ErrorSchema } },
      },
      413: {
        description: "Over 50 MB",
        content: { "application/json": { schema: ErrorSchema } },
      },
    },
  }),
  async (c) => {
    const ws = writableWorkspace(c);
    const form = c.req.valid("form");
    const bytes = new Uint8Array(await form.file.arrayBuffer());
    try {
      const summary = await importContacts(c.var.deps.database, ws, {
        format: form.format,
        bytes,
        dryRun: form.mode === "preview",
        sampleRows: true,
      });
      if (form.mode !== "preview") requestMaintenance(c.var.deps.database);
      return c.json(summary, 200);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const body = {
        code: "import_rejected" as const,
        message: error.message,
        line: error.line,
        reason: error.reason,
        rejected: true as const,
      };
      return c.json(body, 400);
    }
  },
);
