import { type ImportSampleRows, MAX_IMPORT_BYTES } from "../../../shared/api/imports.ts";
import {
  deferSearchIndexMerge,
  holdReferences,
  lockWorkspaceForBulkWrite,
  skipReferenceChecks,
  withPeopleIndexesRebuilt,
} from "../../db/bulk.ts";
import type { Database, Db } from "../../db/connect.ts";
import { errors } from "../../http/errors.ts";
import { planImport, type SkippedRow } from "./merge.ts";
import { type ImportFormat, parseFile } from "./parse/index.ts";
import {
  insertPeople,
  loadPeopleStates,
  referencedOrganizations,
  resolveOrganizations,
  updatePeople,
} from "./repo.ts";
import { formatSize } from "./upload-limit.ts";

export { MAX_IMPORT_BYTES };

/** What an import did, or would do (preview): the same shape for the API and the CLI. */
export type ImportSummary = {
  created: number;
  merged: number;
  skipped: SkippedRow[];
  rejected: false;
  /** With `sampleRows`: the first rows created and merged, for the web preview. */
  rows?: ImportSampleRows;
};

export type ImportOptions = {
  format: ImportFormat;
  bytes: Uint8Array;
  /** Compute the summary without writing anything. */
  dryRun: boolean;
  /** Add `rows` to the summary. Off for the CLI, whose --json output keeps its shape. */
  sampleRows?: boolean;
  /** Told what the import is doing, for a progress line. */
  onProgress?: (stage: string) => void;
};

/** Refuses a file over the limit before it is read any further. */
export function assertImportSize(size: number, max = MAX_IMPORT_BYTES): void {
  if (size > max) {
    throw errors.tooLarge(
      `The file is ${formatSize(size)}; imports are limited to ${formatSize(max)}.`,
    );
  }
}

/**
 * Imports contacts from a LinkedIn, Google or vCard file into the workspace, as ONE
 * transaction: a file that cannot be read is refused (ParseError, nothing written); rows
 * without a name are skipped and listed; everyone else is created or merged into the
 * person they match. With dryRun, the same plan is computed and nothing is written.
 */
export async function importContacts(
  database: Pick<Database, "db" | "kind">,
  ws: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  assertImportSize(options.bytes.length);
  const progress = options.onProgress ?? (() => {});
  const contacts = parseFile(options.format, options.bytes);
  progress(`read ${contacts.length} contacts`);
  const run = async (tx: Db) => {
    if (!options.dryRun) await lockWorkspaceForBulkWrite(tx, ws);
    const plan = planImport(await loadPeopleStates(tx, ws), contacts);
    const summary: ImportSummary = {
      created: plan.creates.length,
      merged: plan.merged,
      skipped: plan.skipped,
      rejected: false,
      ...(options.sampleRows ? { rows: plan.rows } : {}),
    };
    if (options.dryRun) return summary;
    progress(`writing ${plan.creates.length} new and ${plan.updates.length} changed people`);
    const written = [...plan.creates, ...plan.updates];
    const names = written
      .filter((p) => !p.organizationId && p.organizationName)
      .map((p) => p.organizationName!);
    await deferSearchIndexMerge(tx);
    // Every reference written below is to this workspace or to an organization resolved here.
    await skipReferenceChecks(tx, database.kind, { workspaces: [ws] });
    const { ids: orgIds, created } = await resolveOrganizations(tx, database.kind, ws, names);
    await holdReferences(tx, database.kind, {
      organizations: referencedOrganizations(written, orgIds, created),
    });
    await withPeopleIndexesRebuilt(tx, database.kind, plan.creates.length, async () => {
      await insertPeople(tx, database.kind, ws, plan.creates, orgIds);
      await updatePeople(tx, ws, plan.updates, orgIds);
    });
    return summary;
  };
  return options.dryRun ? run(database.db) : database.db.transaction((tx) => run(tx));
}
