import { eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { workspaces } from "../../db/schema/index.ts";
import { ident, queryRows } from "../../db/sql.ts";
import { BACKUP_FORMAT, BACKUP_TABLES, BACKUP_VERSION } from "./backup.ts";
import { type BackupColumn, backupTables, type TableInfo } from "./backup-tables.ts";

/** Receives the document piece by piece (a file, a response body, an array). */
export type Sink = (chunk: string) => void | Promise<void>;

const PAGE = 5000;

/**
 * A column as the document holds it, computed by the database. Timestamps keep their
 * microseconds (a restore gives back exactly the same instant) and are written in UTC.
 */
function documentValue(c: BackupColumn): string {
  const col = `t.${ident(c.name)}`;
  if (c.sqlType === "timestamp with time zone")
    return `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  if (c.sqlType.startsWith("timestamp")) return `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
  return col;
}

/** row_to_json keeps the columns' order and writes compact JSON, one object per row. */
const rowJson = (columns: BackupColumn[]) =>
  `(select row_to_json(x)::text from (select ${columns.map((c) => `${documentValue(c)} as "${c.key}"`).join(", ")}) x)`;

/**
 * A table's rows of one workspace, page by page in primary-key order (a stable order: two
 * exports of the same data are the same text). A table without a primary key is read at
 * once; such tables are small (templates).
 */
async function* tableRows(db: Db, ws: string, t: TableInfo): AsyncGenerator<string[]> {
  const pk = t.primaryKey;
  const keyCols = pk.map((c, i) => `t.${ident(c)}::text as "k${i}"`).join(", ");
  const head = `select ${rowJson(t.columns)} as "j"${keyCols ? `, ${keyCols}` : ""} from ${ident(t.name)} t where t."workspace_id" = `;
  const order =
    pk.length > 0 ? ` order by ${pk.map((c) => `t.${ident(c)}`).join(", ")} limit ${PAGE}` : "";
  let after: string[] | null = null;
  for (;;) {
    let where: SQL = sql``;
    if (after) {
      const cols = sql.raw(pk.map((c) => `t.${ident(c)}`).join(", "));
      const types = pk.map((c) => t.columns.find((x) => x.name === c)?.sqlType ?? "uuid");
      const vals = sql.join(
        after.map((v, i) => sql`${v}::${sql.raw(types[i]!)}`),
        sql`, `,
      );
      where = sql` and (${cols}) > (${vals})`;
    }
    const rows = await queryRows<Record<string, string>>(
      db,
      sql`${sql.raw(head)}${ws}${where}${sql.raw(order)}`,
    );
    if (rows.length > 0) yield rows.map((r) => r.j!);
    if (pk.length === 0 || rows.length < PAGE) return;
    const last = rows.at(-1)!;
    after = pk.map((_, i) => last[`k${i}`]!);
  }
}

/**
 * Writes the full backup of a workspace: `{"format": "warmpath-backup", "version": 1,
 * "exportedAt", "workspace", <one array per table of BACKUP_TABLES>}`, one row per line.
 * Read in one read-only repeatable-read transaction, so the rows are consistent with each
 * other (no introduction whose person was deleted half-way through the export).
 */
export async function writeBackup(db: Db, ws: string, now: Date, sink: Sink): Promise<void> {
  await db.transaction(
    async (tx) => {
      const [workspace] = await tx
        .select({ id: workspaces.id, name: workspaces.name })
        .from(workspaces)
        .where(eq(workspaces.id, ws));
      const header = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: now.toISOString(),
        workspace: workspace ?? { id: ws, name: "" },
      };
      await sink(JSON.stringify(header).slice(0, -1));
      const tables = backupTables();
      for (const entry of BACKUP_TABLES) {
        const info = tables.find((t) => t.entry === entry)!;
        await sink(`,\n${JSON.stringify(entry.key)}: [`);
        let first = true;
        for await (const page of tableRows(tx, ws, info)) {
          await sink(`${first ? "\n" : ",\n"}${page.join(",\n")}`);
          first = false;
        }
        await sink(first ? "]" : "\n]");
      }
      await sink("\n}\n");
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

/** The backup as one string (tests, and HTTP answers once the transaction is over). */
export async function backupText(db: Db, ws: string, now: Date): Promise<string> {
  const parts: string[] = [];
  await writeBackup(db, ws, now, (chunk) => {
    parts.push(chunk);
  });
  return parts.join("");
}
