import { getTableColumns } from "drizzle-orm";
import { getTableConfig, type PgColumn } from "drizzle-orm/pg-core";
import { BACKUP_TABLES, type BackupTable } from "./backup.ts";

/** A column as the backup sees it: its document key, its database name and type. */
export type BackupColumn = {
  key: string;
  name: string;
  sqlType: string;
  notNull: boolean;
  hasDefault: boolean;
  enumValues: readonly string[] | undefined;
};

export type TableInfo = {
  entry: BackupTable;
  name: string;
  /** Columns written to the document (not workspace_id, generated, derived or maintained ones). */
  columns: BackupColumn[];
  /** Derived columns, computed on restore. */
  derived: BackupColumn[];
  /** Primary-key columns (database names); empty for a table without one. */
  primaryKey: string[];
  /** References to other backed-up tables: which document keys must exist where. */
  references: Array<{ columns: string[]; key: string; foreignColumns: string[] }>;
};

const WORKSPACE_COLUMN = "workspace_id";

function columnOf(key: string, c: PgColumn): BackupColumn {
  return {
    key,
    name: c.name,
    sqlType: c.getSQLType(),
    notNull: c.notNull,
    hasDefault: c.hasDefault,
    enumValues: c.enumValues,
  };
}

function infoOf(entry: BackupTable): TableInfo {
  const config = getTableConfig(entry.table);
  const all = Object.entries(getTableColumns(entry.table));
  const keyOf = new Map(all.map(([key, c]) => [c.name, key]));
  const derivedKeys = new Set(Object.keys(entry.derived ?? {}));
  const maintained = new Set(entry.maintained ?? []);
  const stored = all.filter(
    ([k, c]) => c.name !== WORKSPACE_COLUMN && !c.generated && !maintained.has(k),
  );
  const primaryKey =
    config.primaryKeys[0]?.columns.map((c) => c.name) ??
    all.filter(([, c]) => c.primary).map(([, c]) => c.name);
  const byTable = new Map(BACKUP_TABLES.map((t) => [getTableConfig(t.table).name, t.key]));
  const references = config.foreignKeys.flatMap((fk) => {
    const ref = fk.reference();
    const key = byTable.get(getTableConfig(ref.foreignTable).name);
    if (!key || ref.columns.some((c) => c.name === WORKSPACE_COLUMN)) return [];
    const foreignKeys = new Map(
      Object.entries(getTableColumns(ref.foreignTable)).map(([k, c]) => [c.name, k]),
    );
    return [
      {
        columns: ref.columns.map((c) => keyOf.get(c.name)!),
        key,
        foreignColumns: ref.foreignColumns.map((c) => foreignKeys.get(c.name)!),
      },
    ];
  });
  return {
    entry,
    name: config.name,
    columns: stored.filter(([k]) => !derivedKeys.has(k)).map(([k, c]) => columnOf(k, c)),
    derived: stored.filter(([k]) => derivedKeys.has(k)).map(([k, c]) => columnOf(k, c)),
    primaryKey,
    references,
  };
}

let cache: TableInfo[] | undefined;

/** Every backed-up table's metadata, read from the Drizzle schema (computed once). */
export function backupTables(): TableInfo[] {
  cache ??= BACKUP_TABLES.map(infoOf);
  return cache;
}

/**
 * The tables in an order where every table comes after those it references: the order to
 * insert in (and, reversed, to delete in). Derived from the foreign keys, so a registry
 * line added anywhere still restores.
 */
export function insertionOrder(): TableInfo[] {
  const tables = backupTables();
  const done = new Set<string>();
  const out: TableInfo[] = [];
  while (out.length < tables.length) {
    const ready = tables.filter(
      (t) =>
        !done.has(t.entry.key) &&
        t.references.every((r) => r.key === t.entry.key || done.has(r.key)),
    );
    if (ready.length === 0) throw new Error("backup tables reference each other in a cycle");
    for (const t of ready) {
      done.add(t.entry.key);
      out.push(t);
    }
  }
  return out;
}
