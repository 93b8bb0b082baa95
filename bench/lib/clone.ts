import { ident } from "../../src/server/db/sql.ts";
import { insertionOrder } from "../../src/server/features/exports/backup-tables.ts";

/** A workspace table as the clone sees it: its name and stored columns (database names). */
export type CloneTable = {
  name: string;
  columns: Array<{ name: string; sqlType: string }>;
};

/**
 * The id a row of workspace number `idx` gets for the source row's id `old`: the same
 * mapping in every table, so a reference (person_id, meeting_id, …) lands on the clone of
 * the row it pointed at. Null stays null.
 */
export const remappedId = (idx: string, old: string) => `md5(${idx} || ':' || ${old})::uuid`;

/**
 * One `insert … select` copying the source workspace's rows of a table into every target
 * workspace listed in `targets` (columns `idx int`, `id uuid`), $1 being the source
 * workspace id. Every uuid column but workspace_id is a workspace-local id (the row's own
 * key or a reference to another workspace row) and is remapped with `remappedId`; the rest
 * is copied. Rows come out interleaved (each source row for every workspace in turn), as
 * rows written by many job seekers over the same months are, rather than one workspace per
 * stretch of pages.
 */
export function cloneTableSql(table: CloneTable, targets: string): string {
  const cols = table.columns.filter((c) => c.name !== "workspace_id");
  const values = cols.map((c) =>
    c.sqlType === "uuid"
      ? remappedId("w.idx::text", `s.${ident(c.name)}::text`)
      : `s.${ident(c.name)}`,
  );
  return [
    `insert into ${ident(table.name)} ("workspace_id", ${cols.map((c) => ident(c.name)).join(", ")})`,
    `select w.id, ${values.join(", ")}`,
    `from ${ident(table.name)} s cross join ${targets} w`,
    "where s.workspace_id = $1",
    "order by s.ctid, w.idx",
  ].join("\n");
}

/** Every workspace data table (the backup's registry), in foreign-key order, with stored columns. */
export function workspaceTables(): CloneTable[] {
  return insertionOrder().map((t) => ({
    name: t.name,
    columns: [...t.columns, ...t.derived].map((c) => ({ name: c.name, sqlType: c.sqlType })),
  }));
}
