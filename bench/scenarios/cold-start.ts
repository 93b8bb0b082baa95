import { spawnSync } from "node:child_process";
import path from "node:path";
import { rssMB, spawnServer, stop, waitFor200 } from "../lib/process.ts";
import { median, percentile, round } from "../lib/stats.ts";
import type { BenchOptions, Scenario, ScenarioResult } from "../lib/types.ts";
import { meets } from "../lib/types.ts";

/** Spawn-to-first-200 for one process; also its RSS after a second of idling. */
async function startOnce(args: string[], env: NodeJS.ProcessEnv, healthPath: string) {
  const started = await spawnServer(args, env);
  const firstOk = await waitFor200(`${started.url}${healthPath}`);
  await new Promise((r) => setTimeout(r, 1000));
  const rss = rssMB(started.child.pid!);
  await stop(started.child);
  return { ms: firstOk - started.spawnedAt, rss };
}

/**
 * Cold start on an existing data directory (or an existing PostgreSQL database): from
 * spawning `node dist/cli.mjs serve` to the first 200 from /api/health. Floor: a bare
 * Node HTTP server opening the same database. Also reports idle RSS.
 */
export const coldStart: Scenario = {
  id: "cold-start",
  run: async (options: BenchOptions): Promise<ScenarioResult[]> => {
    const dataDir = path.join(options.workDir, "cold-start");
    const env = options.databaseUrl
      ? { DATABASE_URL: options.databaseUrl }
      : { WARMPATH_DATA_DIR: dataDir };
    // First start creates and migrates the database; it is not measured.
    const first = await startOnce(["dist/cli.mjs", "serve"], env, "/api/health");
    void first;
    const runs = options.quick ? 5 : 15;
    const ours: number[] = [];
    const rss: number[] = [];
    const floor: number[] = [];
    const floorTarget = options.databaseUrl ?? path.join(dataDir, "pgdata");
    for (let i = 0; i < runs; i++) {
      const a = await startOnce(["dist/cli.mjs", "serve"], env, "/api/health");
      ours.push(a.ms);
      rss.push(a.rss);
      const b = await startOnce(["bench/floor/cold-start-floor.mjs", floorTarget], {}, "/");
      floor.push(b.ms);
    }
    const common = { size: options.databaseUrl ? "existing database" : "existing data directory" };
    const start: Omit<ScenarioResult, "met"> = {
      id: "cold-start",
      ...common,
      medianMs: round(median(ours)),
      p99Ms: round(percentile(ours, 99)),
      floorMs: round(median(floor)),
      ratio: round(median(ours) / median(floor)),
      goal: { medianMs: 1000 },
    };
    const idle: Omit<ScenarioResult, "met"> = {
      id: "server-rss-idle",
      ...common,
      medianMs: 0,
      p99Ms: 0,
      rssMB: median(rss),
      goal: { rssMB: 250 },
    };
    return [start, idle].map((r) => ({ ...r, met: meets(r) }));
  },
};

/** Makes sure dist/ holds a current production build before timing it. */
export function ensureBuild(): void {
  const res = spawnSync(process.execPath, ["scripts/ensure-build.mjs"], { stdio: "inherit" });
  if (res.status !== 0) throw new Error("build failed");
}
