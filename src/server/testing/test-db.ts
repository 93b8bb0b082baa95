import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, fromPglite, openPostgres, PGLITE_EXTENSIONS } from "../db/connect.ts";

export const testDatabaseKind = process.env.WARMPATH_TEST_DB === "postgres" ? "postgres" : "pglite";

/**
 * A fresh, migrated database for one test file: a copy of the template on PGlite, or a new
 * database created from the template on the PostgreSQL server (dropped on close).
 */
export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind === "postgres") return openPostgresCopy();
  const tar = await fs.readFile(inject("pgliteTemplate"));
  const client = await PGlite.create({
    loadDataDir: new Blob([tar]),
    extensions: PGLITE_EXTENSIONS,
  });
  return fromPglite(client);
}

async function openPostgresCopy(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL!;
  // The template name carries the vitest main process id; so does every copy's name.
  const template = inject("postgresTemplate");
  const pid = template.replace("warmpath_tmpl_", "");
  const name = `warmpath_t_${pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`create database ${name} template ${template}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openPostgres(target.toString(), 4);
  return {
    ...database,
    close: async () => {
      await database.close();
      const drop = new pg.Client({ connectionString: url });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}
