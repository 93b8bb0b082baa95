import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createApiToken, createUser } from "../../src/server/auth/service.ts";
import { type Database, openDatabase } from "../../src/server/db/connect.ts";
import { type SizeName, seedNetwork } from "../seed.ts";

export type Dataset = {
  size: SizeName;
  env: NodeJS.ProcessEnv;
  token: string;
  workspaceId: string;
  seedMs: number;
  open: () => Promise<Database>;
};

/** Drops and creates a database on the server of baseUrl; returns its URL. */
export async function freshPostgresDatabase(baseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * A seeded database of the named size with one user and an API token, as a PGlite data
 * directory under workDir or a fresh database on the PostgreSQL server. Seeded once per run.
 */
export async function prepareDataset(
  size: SizeName,
  workDir: string,
  databaseUrl: string | undefined,
): Promise<Dataset> {
  const dataDir = path.join(workDir, `data-${size}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  const url = databaseUrl
    ? await freshPostgresDatabase(databaseUrl, `warmpath_bench_${size}`)
    : undefined;
  const open = () => openDatabase({ dataDir, databaseUrl: url, command: "warmpath bench" });
  const database = await open();
  try {
    const { user, workspaceId } = await createUser(
      database.db,
      { email: `bench-${size}@example.com`, name: "Bench", password: "benchmark password" },
      { onlyIfFirst: false },
    );
    const { token } = await createApiToken(database.db, user.id, "bench");
    const started = performance.now();
    await seedNetwork(database, workspaceId, size);
    const seedMs = Math.round(performance.now() - started);
    const env = url ? { DATABASE_URL: url } : { WARMPATH_DATA_DIR: dataDir };
    return { size, env, token, workspaceId, seedMs, open };
  } finally {
    await database.close();
  }
}
