import { PGlite } from "@electric-sql/pglite";
import { median, round } from "./stats.ts";

/** How fast this machine ran a fixed piece of work when a scenario was measured. */
export type MachineProbe = { jsMs: number; sqlMs: number };

/** JavaScript work of the app's kind: objects built, serialised, parsed and sorted. */
function jsWork(): number {
  const rows = Array.from({ length: 50_000 }, (_, i) => ({
    id: i,
    name: `Given${(i * 7919) % 50_000} Family${i % 977}`,
    tags: ["a", "b"],
  }));
  const back = JSON.parse(JSON.stringify(rows)) as typeof rows;
  back.sort((a, b) => a.name.localeCompare(b.name));
  return back.length;
}

const SQL_WORK = "select count(*), sum(length(md5(i::text))) from generate_series(1, 300000) i";

/**
 * The same work timed before every run (median of five), so that a reader can tell a slower
 * day of the shared machine from slower code: a time that moved with its probe is the
 * machine. JavaScript in V8, and SQL in PGlite's WebAssembly (in memory: no disk involved).
 */
export async function probeMachine(): Promise<MachineProbe> {
  const time = async (work: () => unknown) => {
    const runs: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      await work();
      if (i > 0) runs.push(performance.now() - started);
    }
    return round(median(runs));
  };
  const jsMs = await time(jsWork);
  const pg = await PGlite.create();
  try {
    const sqlMs = await time(() => pg.query(SQL_WORK));
    return { jsMs, sqlMs };
  } finally {
    await pg.close();
  }
}
