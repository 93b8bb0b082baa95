import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import type pg from "pg";
import { from as copyFromStdin } from "pg-copy-streams";
import { BULK_CHUNK } from "./bulk.ts";
import type { DatabaseKind, Db } from "./connect.ts";
import { ident, queryRows } from "./sql.ts";

type ColumnKind = "json" | "array" | "scalar";

/**
 * COPY's text format (PostgreSQL docs, "COPY — File Formats"): NULL is `\N`, and a
 * backslash, tab, newline or carriage return inside a value is escaped with a backslash.
 */
const COPY_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "\t": "\\t",
  "\n": "\\n",
  "\r": "\\r",
};
const copyEscape = (text: string) => text.replace(/[\\\t\n\r]/g, (c) => COPY_ESCAPES[c]!);

/** An array literal (`{"a","b"}`): every element quoted, `"` and `\` escaped inside. */
function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) =>
    v === null || v === undefined ? "NULL" : `"${scalarText(v).replace(/["\\]/g, "\\$&")}"`,
  );
  return `{${items.join(",")}}`;
}

function scalarText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** One value as COPY text, written the way the column's type reads it. */
function copyValue(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return "\\N";
  if (kind === "json") return copyEscape(JSON.stringify(value));
  if (kind === "array" && Array.isArray(value)) return copyEscape(arrayLiteral(value));
  return copyEscape(scalarText(value));
}

/** How each named column of the table takes a JavaScript value: as JSON, an array or text. */
async function columnKinds(db: Db, table: string, columns: string[]): Promise<ColumnKind[]> {
  const rows = await queryRows<{ name: string; type: string; category: string }>(
    db,
    sql`select a.attname as name, t.typname as type, t.typcategory as category
        from pg_attribute a join pg_type t on t.oid = a.atttypid
        where a.attrelid = ${ident(table)}::regclass and a.attnum > 0 and not a.attisdropped`,
  );
  const byName = new Map(rows.map((r) => [r.name, r]));
  return columns.map((c) => {
    const column = byName.get(c);
    if (!column) throw new Error(`table ${table} has no column ${c}`);
    if (column.type === "json" || column.type === "jsonb") return "json";
    return column.category === "A" ? "array" : "scalar";
  });
}

/** The driver's own client under a drizzle database or transaction. */
const driverClient = (db: Db) => (db as unknown as { session: { client: unknown } }).session.client;

type PgliteClient = {
  query: (text: string, params: unknown[], options: { blob: Blob }) => Promise<unknown>;
};

/** Sends one COPY … FROM with its data: PGlite reads it as a file, a server from STDIN. */
async function sendCopy(db: Db, kind: DatabaseKind, statement: string, data: string) {
  const client = driverClient(db);
  if (kind === "pglite") {
    await (client as PgliteClient).query(`${statement} from '/dev/blob'`, [], {
      blob: new Blob([data]),
    });
    return;
  }
  // A pool would run COPY on whichever connection it hands out, outside the transaction.
  if (typeof (client as { release?: unknown }).release !== "function") {
    throw new Error("copyRows runs inside a transaction on PostgreSQL");
  }
  const stream = (client as pg.PoolClient).query(copyFromStdin(`${statement} from stdin`));
  await pipeline(Readable.from([data]), stream);
}

/**
 * Inserts rows (objects keyed by column name, values as JSON would carry them) with COPY,
 * ~1,000 per statement. COPY is PostgreSQL's fastest way in: 30,000 imported people spend
 * ~0.3 s less on PGlite than as json_populate_recordset chunks (whose JSON parse and
 * per-field conversion cost ~20 µs per row there). Triggers fire as for INSERT, statement
 * triggers with their transition tables included. Returns nothing: callers make the rows'
 * ids themselves (time-ordered, see insertPeople).
 */
export async function copyRows(
  db: Db,
  kind: DatabaseKind,
  table: string,
  columns: string[],
  rows: Array<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const kinds = await columnKinds(db, table, columns);
  const statement = `copy ${ident(table)} (${columns.map(ident).join(", ")})`;
  for (let i = 0; i < rows.length; i += BULK_CHUNK) {
    let data = "";
    for (const row of rows.slice(i, i + BULK_CHUNK)) {
      data += `${columns.map((c, k) => copyValue(row[c], kinds[k]!)).join("\t")}\n`;
    }
    await sendCopy(db, kind, statement, data);
  }
}
