import type { PgTable } from "drizzle-orm/pg-core";
import {
  answers,
  answerVersions,
  contacts,
  debriefs,
  followUps,
  followUpTemplates,
  insights,
  introductions,
  meetingPeople,
  meetingPrep,
  meetingQuestions,
  meetings,
  messages,
  organizations,
  people,
  workspaceSettings,
} from "../../db/schema/index.ts";
import { searchTextOf } from "../people/repo.ts";

export const BACKUP_FORMAT = "warmpath-backup";
export const BACKUP_VERSION = 1;

/** One row of a backup: the API's field names (camelCase), without the workspace id. */
export type BackupRow = Record<string, unknown>;
export type BackupDocument = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  workspace?: { id: string; name: string };
} & Record<string, unknown>;

export type BackupTable = {
  /** The document's key for the table's rows. */
  key: string;
  table: PgTable;
  /**
   * Columns computed from others (search text): left out of the document, so a backup never
   * carries a stale copy, and recomputed on restore from the restored rows.
   */
  derived?: Record<string, (row: BackupRow, doc: BackupDocument) => unknown>;
  /**
   * Columns the database keeps itself from other tables (triggers): left out of the
   * document and of the restore's inserts; the restored rows set them again.
   */
  maintained?: readonly string[];
  /**
   * Configuration rather than content (one settings row, templates): it may exist in a new
   * workspace already, so it does not make a workspace "not empty" and restore replaces it.
   */
  settings?: true;
};

const organizationNames = new WeakMap<BackupDocument, Map<unknown, string>>();
function organizationName(doc: BackupDocument, id: unknown): string | null {
  let names = organizationNames.get(doc);
  if (!names) {
    const rows = (doc.organizations ?? []) as BackupRow[];
    names = new Map(rows.map((o) => [o.id, String(o.name)]));
    organizationNames.set(doc, names);
  }
  return names.get(id) ?? null;
}

/**
 * EVERY workspace table, in one place: the backup, the restore and the "is it empty" check
 * all read this list. A new table with a workspace_id needs one line here; a test fails
 * until it has one (or an entry in NOT_WORKSPACE_DATA). Restore orders tables by their
 * foreign keys itself, so the order here is only the document's order.
 */
export const BACKUP_TABLES: readonly BackupTable[] = [
  { key: "settings", table: workspaceSettings, settings: true },
  { key: "organizations", table: organizations },
  {
    key: "people",
    table: people,
    maintained: ["lastContactedAt", "introducedById", "introducedByPersonId"],
    derived: {
      searchText: (row, doc) =>
        searchTextOf({
          name: String(row.name),
          title: row.title as string | null,
          emails: row.emails as string[],
          tags: row.tags as string[],
          organizationName: organizationName(doc, row.organizationId),
        }),
    },
  },
  { key: "meetings", table: meetings },
  { key: "meetingPeople", table: meetingPeople },
  { key: "introductions", table: introductions },
  { key: "answers", table: answers },
  { key: "answerVersions", table: answerVersions },
  { key: "meetingQuestions", table: meetingQuestions },
  { key: "meetingPrep", table: meetingPrep },
  { key: "debriefs", table: debriefs },
  { key: "insights", table: insights },
  { key: "contacts", table: contacts },
  { key: "followUps", table: followUps },
  { key: "followUpTemplates", table: followUpTemplates, settings: true },
  { key: "messages", table: messages },
];

/**
 * Tables that carry a workspace_id but are not the job seeker's data: credentials, access
 * and what the database derives by itself. A backup must never hand out a session or an API token, and restoring one
 * workspace must not change who can open it.
 */
export const NOT_WORKSPACE_DATA: Readonly<Record<string, string>> = {
  sessions: "sign-in sessions are credentials",
  api_tokens: "API tokens are credentials",
  workspace_members: "who may open a workspace is not part of its data",
  network_versions: "a change counter kept by the database itself",
  derived_results: "results computed from the data, rebuilt on demand",
  people_search: "a copy of each person's name and search text, kept by the database",
};
