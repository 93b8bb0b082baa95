import { z } from "zod";
import { errors } from "../../http/errors.ts";
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupDocument, type BackupRow } from "./backup.ts";
import { type BackupColumn, backupTables, type TableInfo } from "./backup-tables.ts";

/** The JSON a column's value must be, from its SQL type (the Drizzle schema is the truth). */
function valueSchema(sqlType: string, enumValues: readonly string[] | undefined): z.ZodType {
  if (sqlType.endsWith("[]")) return z.array(valueSchema(sqlType.slice(0, -2), undefined));
  if (sqlType === "uuid") return z.guid("must be an id");
  if (sqlType === "text" || sqlType.startsWith("varchar"))
    return enumValues?.length ? z.enum(enumValues as [string, ...string[]]) : z.string();
  if (/^(integer|smallint|bigint|serial)/.test(sqlType)) return z.number().int();
  if (sqlType === "boolean") return z.boolean();
  if (sqlType.startsWith("timestamp"))
    return z.iso.datetime({ offset: true, local: true, message: "must be an ISO 8601 time" });
  if (sqlType === "date") return z.iso.date("must be a date as YYYY-MM-DD");
  if (sqlType === "jsonb" || sqlType === "json") return z.json();
  return z.unknown();
}

function columnSchema(c: BackupColumn): z.ZodType {
  const value = valueSchema(c.sqlType, c.enumValues);
  const nullable = c.notNull ? value : value.nullable();
  // A column added after the backup was made takes its default (or null) on restore.
  return c.notNull && !c.hasDefault ? nullable : nullable.optional();
}

const rowSchema = (t: TableInfo) =>
  z.strictObject(Object.fromEntries(t.columns.map((c) => [c.key, columnSchema(c)])));

let documentSchema: z.ZodType | undefined;

function schemaOfDocument(): z.ZodType {
  documentSchema ??= z.strictObject({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: z.string(),
    workspace: z.object({ id: z.string(), name: z.string() }).optional(),
    // A table added after the backup was made is simply empty in it.
    ...Object.fromEntries(
      backupTables().map((t) => [t.entry.key, z.array(rowSchema(t)).optional()]),
    ),
  });
  return documentSchema;
}

const keyOf = (row: BackupRow, columns: string[]) =>
  columns.map((c) => String(row[c] ?? "")).join("\u0000");

/** Each row's primary key is unique within the backup, and every reference resolves in it. */
function checkConsistency(doc: BackupDocument): void {
  const rowsOf = (key: string) => (doc[key] ?? []) as BackupRow[];
  for (const t of backupTables()) {
    const pk = t.primaryKey
      .map((name) => t.columns.find((c) => c.name === name)?.key)
      .filter((k): k is string => Boolean(k));
    const seen = new Set<string>();
    rowsOf(t.entry.key).forEach((row, i) => {
      const key = keyOf(row, pk);
      if (seen.has(key))
        throw errors.badRequest(`${t.entry.key}.${i}`, "appears twice in this backup");
      seen.add(key);
    });
    for (const ref of t.references) {
      const targets = new Set(rowsOf(ref.key).map((r) => keyOf(r, ref.foreignColumns)));
      rowsOf(t.entry.key).forEach((row, i) => {
        if (ref.columns.some((c) => row[c] === null || row[c] === undefined)) return;
        if (!targets.has(keyOf(row, ref.columns)))
          throw errors.badRequest(
            `${t.entry.key}.${i}.${ref.columns.join(",")}`,
            `refers to a row of ${ref.key} that is not in this backup`,
          );
      });
    }
  }
}

/**
 * Validates a backup before anything is written: its format and version, every row against
 * the table's columns, unique keys, and references that stay inside the backup (a restored
 * row can never point into another workspace). Throws a 400 naming the field.
 */
export function parseBackup(input: unknown): BackupDocument {
  const head = (typeof input === "object" && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  if (head.format !== BACKUP_FORMAT) {
    throw errors.badRequest(
      "format",
      `this is not a Warmpath backup (expected "${BACKUP_FORMAT}")`,
    );
  }
  if (head.version !== BACKUP_VERSION) {
    throw errors.badRequest(
      "version",
      `this backup is version ${JSON.stringify(head.version)}; this Warmpath restores version ${BACKUP_VERSION}`,
    );
  }
  const parsed = schemaOfDocument().safeParse(input);
  if (!parsed.success) {
    throw errors.validation(
      parsed.error.issues.slice(0, 10).map((issue) => ({
        field: issue.path.join(".") || "body",
        reason: issue.message,
      })),
    );
  }
  const doc = parsed.data as BackupDocument;
  checkConsistency(doc);
  return doc;
}
