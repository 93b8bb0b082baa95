import { countUsers, findUserByEmail } from "../server/auth/repo.ts";
import { loadConfig } from "../server/config.ts";
import { type Database, openDatabase } from "../server/db/connect.ts";
import { CliError } from "./cli-error.ts";

/**
 * Runs a CLI action with the same database the server uses (WARMPATH_DATA_DIR or
 * DATABASE_URL). The PGlite directory lock applies: a running server makes this fail cleanly.
 */
export async function withDatabase<T>(
  command: string,
  action: (database: Database) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    command: `warmpath ${command}`,
  });
  try {
    return await action(database);
  } finally {
    await database.close();
  }
}

/** The user a command acts for: `--email`, or the only user when there is exactly one. */
export async function resolveUser(database: Database, email: string | undefined) {
  if (email) {
    const user = await findUserByEmail(database.db, email);
    if (!user) throw new CliError(`no user with e-mail ${email}`);
    return user;
  }
  const n = await countUsers(database.db);
  if (n !== 1) {
    throw new CliError(
      n === 0 ? "no user yet: run `warmpath user create` first" : "several users: pass --email",
    );
  }
  const [user] = await database.db.query.users.findMany({ limit: 1 });
  return user!;
}
