import type { Logger } from "pino";
import type { Database } from "./connect.ts";

const DAY_MS = 24 * 3600_000;

/**
 * PGlite runs PostgreSQL in single-user mode, without autovacuum: statistics and the
 * visibility map (which index-only scans need) would never be refreshed. The embedded server
 * vacuums and analyzes a minute after start and then daily. A PostgreSQL server does this
 * itself, so nothing is scheduled there. Returns a function that cancels the schedule.
 */
export function scheduleMaintenance(database: Database, logger: Logger): () => void {
  if (database.kind !== "pglite") return () => {};
  const run = async () => {
    const started = performance.now();
    try {
      await database.query("vacuum (analyze)");
      logger.info({ ms: Math.round(performance.now() - started) }, "database maintenance done");
    } catch (error) {
      logger.warn({ err: error }, "database maintenance failed");
    }
  };
  const first = setTimeout(run, 60_000);
  const daily = setInterval(run, DAY_MS);
  first.unref();
  daily.unref();
  return () => {
    clearTimeout(first);
    clearInterval(daily);
  };
}
