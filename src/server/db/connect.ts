import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { migrationsFolder } from "../paths.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** The drizzle database, the same type on PGlite and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export type Database = {
  kind: DatabaseKind;
  db: Db;
  /** Runs raw SQL with positional parameters; used by the job queue and benchmarks. */
  query: <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;
  /** Runs a script of several statements (simple protocol); the last statement's rows. */
  exec: (text: string) => Promise<Record<string, unknown>[]>;
  /** Applies pending migrations (see migrateDatabase). */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export class DatabaseUnavailableError extends Error {}

// PGlite touches all of its shared buffers at start (default 128 MB: ~330 MB RSS idle).
// 32 MB: 209 MB idle (16 MB: 192 MB) and half the page reads of 16 MB on a 100k-people
// workspace, where each read from the data directory costs ~50 µs in WASM (people search
// p99 in-process 23-27 ms at 16 MB, 19 ms at 32 MB). 48 MB jumped to ~300 MB.
const PGLITE_CONF = ["shared_buffers = 32MB"];

/**
 * Extensions the migrations use: pg_trgm for search, btree_gin so that the search index
 * leads with the workspace (on a server shared by many workspaces a search reads only its
 * own). Both are trusted extensions on PostgreSQL; PGlite loads them from its package.
 */
export const PGLITE_EXTENSIONS = { pg_trgm, btree_gin };
const CREATE_EXTENSIONS =
  "create extension if not exists pg_trgm; create extension if not exists btree_gin";

/** Wraps an open PGlite instance (tests hand in fresh copies of a migrated template). */
export function fromPglite(client: PGlite, onClose?: () => void): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    kind: "pglite",
    db,
    query: async (text, params) => (await client.query(text, params as unknown[])).rows as never,
    exec: async (text) =>
      ((await client.exec(text)).at(-1)?.rows ?? []) as Record<string, unknown>[],
    migrate: async () => {
      await client.exec(CREATE_EXTENSIONS);
      await migratePglite(db as never, { migrationsFolder });
    },
    close: async () => {
      await client.close();
      onClose?.();
    },
  };
}

/** Opens PGlite in a data directory, locked against a second process. */
export async function openPglite(dataDir: string, command = "warmpath"): Promise<Database> {
  const release = lockDataDir(dataDir, command);
  try {
    const dbDir = path.join(dataDir, "pgdata");
    fs.mkdirSync(dbDir, { recursive: true });
    const client = await PGlite.create(dbDir, {
      extensions: PGLITE_EXTENSIONS,
      postgresqlconf: PGLITE_CONF,
    });
    return fromPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens a node-postgres pool and checks that the server answers. */
export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5_000 });
  // An idle client's error (server restart) must not crash the process.
  pool.on("error", () => {});
  try {
    await pool.query("select 1");
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    const where = redactUrl(url);
    throw new DatabaseUnavailableError(
      `cannot reach PostgreSQL at ${where}: ${reason || "connection failed"}`,
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: "postgres",
    db,
    query: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    exec: async (text) => {
      const result = (await pool.query(text)) as unknown as pg.QueryResult | pg.QueryResult[];
      return Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows;
    },
    // Several app instances may start at once: one migrates, the others wait on the lock.
    migrate: async () => {
      const client = await pool.connect();
      try {
        await client.query("select pg_advisory_lock(4477001)");
        await client.query(CREATE_EXTENSIONS);
        await migratePg(db as never, { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock(4477001)").catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "****";
    return u.toString();
  } catch {
    return "the configured DATABASE_URL";
  }
}

/** The `when` of the newest migration in the journal (drizzle records it as created_at). */
function latestMigration(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, "meta/_journal.json"), "utf8"),
  ) as {
    entries: Array<{ when: number }>;
  };
  return Math.max(...journal.entries.map((e) => e.when));
}

/**
 * True when the database already has every migration: start-up then skips the migrator,
 * whose schema checks cost ~0.1–0.4 s on PGlite.
 */
async function isUpToDate(database: Database): Promise<boolean> {
  try {
    const [row] = await database.query<{ latest: string | null }>(
      "select max(created_at)::text as latest from drizzle.__drizzle_migrations",
    );
    return Number(row?.latest) === latestMigration();
  } catch {
    return false;
  }
}

export type OpenOptions = { dataDir: string; databaseUrl: string | undefined; command?: string };

/** Opens the configured database (PostgreSQL when DATABASE_URL is set) and migrates it. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const database = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir, options.command);
  try {
    if (!(await isUpToDate(database))) await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
