import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import pg from "pg";
import { createUser } from "../../src/server/auth/service.ts";
import { type Database, openDatabase } from "../../src/server/db/connect.ts";
import { writeBackup } from "../../src/server/features/exports/backup-write.ts";
import { restoreBackup } from "../../src/server/features/exports/restore.ts";
import { importContacts } from "../../src/server/features/imports/service.ts";
import { listPeople } from "../../src/server/features/people/repo.ts";
import { prepareDataset } from "../lib/dataset.ts";
import { linkedInExport } from "../lib/linkedin-export.ts";
import { median, percentile, round, timeRuns } from "../lib/stats.ts";
import { type BenchOptions, meets, type Scenario, type ScenarioResult } from "../lib/types.ts";

const ROWS = 30_000;
async function freshPostgres(baseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A new, empty database: a PGlite directory under workDir or a database on the server. */
async function freshDatabase(options: BenchOptions, name: string) {
  const dataDir = path.join(options.workDir, name);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const url = options.databaseUrl
    ? await freshPostgres(options.databaseUrl, `warmpath_bench_${name.replace(/-/g, "_")}`)
    : undefined;
  const env: NodeJS.ProcessEnv = url ? { DATABASE_URL: url } : { WARMPATH_DATA_DIR: dataDir };
  const open = () => openDatabase({ dataDir, databaseUrl: url, command: "warmpath bench" });
  return { env, open };
}

let users = 0;
const newWorkspace = async (database: Database) =>
  (
    await createUser(
      database.db,
      {
        email: `bench-import-${++users}@example.com`,
        name: "Bench",
        password: "benchmark password",
      },
      { onlyIfFirst: false },
    )
  ).workspaceId;

/**
 * Deletes a run's workspace and vacuums (untimed), so that every run imports into the same
 * database state rather than one that grew by 30,000 people per run.
 */
async function forget(database: Database, ws: string): Promise<void> {
  await database.query("delete from workspaces where id = $1", [ws]);
  await database.query("vacuum");
}

/**
 * What the database alone needs to store 30,000 people of one workspace (3,700
 * organizations): one INSERT … SELECT from generate_series, no application code. Every
 * index and foreign key of `people` is maintained, as in an import.
 */
async function insertFloor(database: Database): Promise<number> {
  const ws = await newWorkspace(database);
  await database.query(
    "insert into organizations (workspace_id, name) select $1, 'Org ' || i from generate_series(1, 3700) i",
    [ws],
  );
  const started = performance.now();
  await database.query(
    `insert into people (workspace_id, name, given_name, family_name, emails, profile_url, title,
       organization_id, how_we_met, met_on, search_text)
     select $1, 'Given' || i || ' Family' || (i % 977), 'Given' || i, 'Family' || (i % 977),
       case when i % 10 = 0 then array['p' || i || '@example.com'] else '{}' end,
       'https://www.linkedin.com/in/p-' || i, 'Software Engineer',
       (array(select id from organizations where workspace_id = $1 order by id))[1 + i % 3700],
       'LinkedIn', date '2024-03-12',
       'given' || i || ' family' || (i % 977) || ' software engineer org ' || (i % 3700) || ' inc.'
     from generate_series(1, ${ROWS}) i`,
    [ws],
  );
  const ms = performance.now() - started;
  await forget(database, ws);
  return ms;
}

/** The same import end to end: `node dist/cli.mjs import linkedin FILE --json`, one process. */
async function cliImports(
  target: { env: NodeJS.ProcessEnv; open: () => Promise<Database> },
  file: string,
  runs: number,
): Promise<number[]> {
  const env = target.env;
  const out: number[] = [];
  const run = (args: string[], input = "") => {
    const res = spawnSync(process.execPath, ["dist/cli.mjs", ...args], {
      env: { ...process.env, LOG_LEVEL: "silent", ...env },
      input,
      encoding: "utf8",
    });
    if (res.status !== 0) throw new Error(`warmpath ${args.join(" ")}: ${res.stderr}`);
    return res.stdout;
  };
  for (let i = 0; i < runs; i++) {
    const email = `bench-cli-${i}@example.com`;
    run(
      ["user", "create", "--email", email, "--name", "Bench", "--password-stdin"],
      "benchmark password",
    );
    const started = performance.now();
    const summary = JSON.parse(run(["import", "linkedin", file, "--json", "--email", email])) as {
      created: number;
    };
    out.push(performance.now() - started);
    if (summary.created < ROWS * 0.98) throw new Error(`CLI import created ${summary.created}`);
    const database = await target.open();
    try {
      const [row] = await database.query<{ id: string }>(
        "select m.workspace_id as id from workspace_members m join users u on u.id = m.user_id where u.email = $1",
        [email],
      );
      await forget(database, row!.id);
    } finally {
      await database.close();
    }
  }
  return out;
}

/**
 * A 30,000-row LinkedIn export (1 % duplicate rows) imported into a fresh workspace through
 * the service, in-process: parse, match, merge, write, and a search that finds an imported
 * person. Floor: papaparse alone on the same file. Also the CLI, end to end.
 */
export const importExport: Scenario = {
  id: "import-linkedin-30k",
  run: async (options: BenchOptions): Promise<ScenarioResult[]> => {
    const text = linkedInExport(ROWS);
    const file = path.join(options.workDir, "Connections-30k.csv");
    fs.writeFileSync(file, text);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const floor = await timeRuns(
      options.quick ? 3 : 10,
      async () => Papa.parse(text, { delimiter: "," }),
      1,
    );
    const target = await freshDatabase(options, "import-30k");
    const database = await target.open();
    const runs: number[] = [];
    let summary = { created: 0, merged: 0 };
    let dbFloor = 0;
    try {
      for (let i = 0; i < (options.quick ? 2 : 5); i++) {
        const ws = await newWorkspace(database);
        const started = performance.now();
        summary = await importContacts(database, ws, {
          format: "linkedin",
          bytes,
          dryRun: false,
        });
        const found = await listPeople(database.db, ws, { q: "ximena" }, "name", null, 10);
        runs.push(performance.now() - started);
        if (found.rows.length === 0) throw new Error("imported people are not searchable");
        await forget(database, ws);
      }
      dbFloor = await insertFloor(database);
    } finally {
      await database.close();
    }
    const cliTarget = await freshDatabase(options, "import-30k-cli");
    await (await cliTarget.open()).close();
    const cli = await cliImports(cliTarget, file, options.quick ? 1 : 3);
    const size = `${ROWS.toLocaleString("en")} rows, 1 % duplicates`;
    const inProcess = {
      id: "import-linkedin-30k",
      size,
      medianMs: round(median(runs)),
      p99Ms: round(percentile(runs, 99)),
      floorMs: round(median(floor)),
      ratio: round(median(runs) / median(floor)),
      goal: { medianMs: 2000 },
      notes: `created ${summary.created}, merged ${summary.merged}; each run: a new workspace, import, then a search that finds an imported person; floor = papaparse on the same file; the database alone (INSERT … SELECT of 30,000 people rows) took ${round(dbFloor)} ms`,
    };
    const endToEnd = {
      id: "import-linkedin-30k-cli",
      size,
      medianMs: round(median(cli)),
      p99Ms: round(percentile(cli, 99)),
      floorMs: round(median(floor)),
      ratio: round(median(cli) / median(floor)),
      goal: { medianMs: 4000 },
      notes:
        "`node dist/cli.mjs import linkedin FILE --json`: process start, database open, import (informational)",
    };
    return [inProcess, endToEnd].map((r) => ({ ...r, met: meets(r) }));
  },
};

/**
 * The full JSON backup of the seeded `large` workspace (100,000 people) written to a file,
 * then restored into an empty workspace of a new database (same ids: a restore keeps them).
 */
export const backupRestore: Scenario = {
  id: "backup-restore",
  run: async (options: BenchOptions): Promise<ScenarioResult[]> => {
    const size = options.quick ? "small" : "large";
    const ds = await prepareDataset(size, options.workDir, options.databaseUrl);
    const file = path.join(options.workDir, `backup-${size}.json`);
    const source = await ds.open();
    let exportMs: number;
    try {
      const out = fs.createWriteStream(file);
      const started = performance.now();
      await writeBackup(source.db, ds.workspaceId, new Date(), (chunk) =>
        out.write(chunk) ? undefined : new Promise<void>((resolve) => out.once("drain", resolve)),
      );
      await new Promise<void>((resolve) => out.end(resolve));
      exportMs = performance.now() - started;
    } finally {
      await source.close();
    }
    const target = await freshDatabase(options, `restore-${size}`);
    const database = await target.open();
    let restoreMs: number;
    let rows = 0;
    try {
      const ws = await newWorkspace(database);
      const started = performance.now();
      const doc = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
      const summary = await restoreBackup(database, ws, doc, { replace: false });
      restoreMs = performance.now() - started;
      rows = Object.values(summary.restored).reduce((a, b) => a + b, 0);
    } finally {
      await database.close();
    }
    const mb = round(fs.statSync(file).size / 1024 / 1024, 1);
    const label = `${size} (${rows.toLocaleString("en")} rows, ${mb} MB)`;
    const results = [
      {
        id: "backup-export",
        size: label,
        medianMs: round(exportMs),
        p99Ms: round(exportMs),
        goal: { medianMs: 30_000 },
        notes: "writeBackup to a file, one read-only transaction (informational)",
      },
      {
        id: "backup-restore",
        size: label,
        medianMs: round(restoreMs),
        p99Ms: round(restoreMs),
        goal: { medianMs: 60_000 },
        notes:
          "read + JSON.parse + validate + insert into an empty workspace of a new database (informational)",
      },
    ];
    return results.map((r) => ({ ...r, met: meets(r) }));
  },
};
