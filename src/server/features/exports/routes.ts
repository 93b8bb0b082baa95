import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { PeopleListQuery } from "../../../shared/api/network.ts";
import { authOf, writableWorkspace } from "../../auth/middleware.ts";
import { requestMaintenance } from "../../db/maintenance.ts";
import type { AppEnv } from "../../http/env.ts";
import { createRouter, ErrorSchema, errorResponses, jsonResponse } from "../../http/openapi.ts";
import { uploadLimit } from "../imports/upload-limit.ts";
import { BACKUP_FORMAT, BACKUP_VERSION } from "./backup.ts";
import { type Sink, writeBackup } from "./backup-write.ts";
import { writePeopleCsv } from "./csv.ts";
import { restoreBackup } from "./restore.ts";
import { writeVcards } from "./vcard.ts";

const tags = ["Import and export"];

/** HTTP restores are bounded like imports; a larger backup is restored with the CLI. */
export const MAX_RESTORE_BYTES = 50 * 1024 * 1024;

const FORMATS = {
  json: { type: "application/json; charset=utf-8", name: "warmpath-backup", ext: "json" },
  vcard: { type: "text/vcard; charset=utf-8", name: "warmpath-people", ext: "vcf" },
  csv: { type: "text/csv; charset=utf-8", name: "warmpath-people", ext: "csv" },
} as const;

const ExportParams = z.object({
  format: z.enum(["json", "vcard", "csv"]).openapi({
    description: "`json`: full backup of the workspace; `vcard`: vCard 4.0; `csv`: people",
  }),
});
const ExportQuery = PeopleListQuery.pick({ q: true, tag: true, organizationId: true });

export const RestoreSummaryView = z
  .object({
    restored: z.record(z.string(), z.number().int()),
    replaced: z.boolean(),
  })
  .openapi("RestoreSummary");

const BackupBody = z
  // Loose on purpose: the restore itself checks format, version and every row, with
  // messages that name the problem (a wrong format is "not a Warmpath backup").
  .looseObject({
    format: z.unknown().optional().openapi({ type: "string", example: BACKUP_FORMAT }),
    version: z.unknown().optional().openapi({ type: "integer", example: BACKUP_VERSION }),
  })
  .openapi("Backup", {
    description:
      'A backup from GET /api/exports/json: `{"format": "warmpath-backup", "version": 1, "exportedAt", "workspace", "organizations": [...], "people": [...], …}`, one array per workspace table, rows with the API\'s field names.',
  });

/** Streams the collected parts: the database transaction is over before the client reads. */
function download(c: Context<AppEnv>, format: keyof typeof FORMATS, parts: string[]) {
  const { type, name, ext } = FORMATS[format];
  const date = c.var.deps.now().toISOString().slice(0, 10);
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < parts.length) controller.enqueue(encoder.encode(parts[i++]));
      else controller.close();
    },
  });
  return c.body(body, 200, {
    "content-type": type,
    "content-disposition": `attachment; filename="${name}-${date}.${ext}"`,
    "cache-control": "no-store",
  });
}

/** GET /exports/{format} and POST /restore (behind its own 50 MB body limit). */
export const exportRoutes = createRouter();
exportRoutes.use("/restore", uploadLimit(MAX_RESTORE_BYTES, "The backup"));
exportRoutes
  .openapi(
    createRoute({
      method: "get",
      path: "/exports/{format}",
      tags,
      summary: "Download your data: full JSON backup, vCard 4.0 or CSV of people",
      description:
        "`json` is the whole workspace (every table; restore it with POST /api/restore). `vcard` and `csv` list people, filtered by `q`, `tag` and `organizationId` exactly as GET /api/people. Answers a file download (Content-Disposition: attachment).",
      request: { params: ExportParams, query: ExportQuery },
      responses: {
        200: {
          description: "The file",
          content: {
            "application/json": { schema: BackupBody },
            "text/vcard": { schema: z.string() },
            "text/csv": { schema: z.string() },
          },
        },
        400: errorResponses[400],
      },
    }),
    async (c) => {
      const { workspaceId } = authOf(c);
      const { format } = c.req.valid("param");
      const filter = c.req.valid("query");
      const { database, now } = c.var.deps;
      const parts: string[] = [];
      const sink: Sink = (chunk) => {
        parts.push(chunk);
      };
      if (format === "json") await writeBackup(database.db, workspaceId, now(), sink);
      else if (format === "vcard") await writeVcards(database.db, workspaceId, filter, sink);
      else await writePeopleCsv(database.db, workspaceId, filter, sink);
      return download(c, format, parts);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/restore",
      tags,
      summary: "Restore a JSON backup into this workspace",
      description:
        "Restores ids, timestamps and relations exactly, in one transaction. The workspace must be empty (409 `workspace_not_empty`) unless `replace=true`, which deletes its data first in the same transaction. The backup is validated whole first (400, naming the field). Rows whose ids exist in another workspace of this installation: 409 `ids_in_use`. Bodies over 50 MB: 413 (use `warmpath restore`).",
      request: {
        query: z.object({
          replace: z
            .enum(["true", "false"])
            .default("false")
            .openapi({ description: "Delete this workspace's data first" }),
        }),
        body: { content: { "application/json": { schema: BackupBody } }, required: true },
      },
      responses: {
        200: jsonResponse(RestoreSummaryView, "Rows restored per table"),
        400: errorResponses[400],
        403: errorResponses[403],
        409: {
          description: "Not empty, or ids in use",
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
      const summary = await restoreBackup(c.var.deps.database, ws, c.req.valid("json"), {
        replace: c.req.valid("query").replace === "true",
      });
      requestMaintenance(c.var.deps.database);
      return c.json(summary, 200);
    },
  );
