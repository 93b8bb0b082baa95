import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { probeMachine } from "./lib/machine-probe.ts";
import { machineDescription, writeReport } from "./lib/report.ts";
import type { BenchOptions, Scenario, ScenarioResult } from "./lib/types.ts";
import { centre } from "./scenarios/centre.ts";
import { coldStart, ensureBuild } from "./scenarios/cold-start.ts";
import { backupRestore, importExport } from "./scenarios/import-export.ts";
import { lintQuestions } from "./scenarios/lint-questions.ts";
import { network } from "./scenarios/network.ts";
import { webFirstLoad } from "./scenarios/web-first-load.ts";

/** Every scenario by id; `npm run bench -- ID…` runs a subset. */
const scenarios: Scenario[] = [
  coldStart,
  network,
  centre,
  lintQuestions,
  webFirstLoad,
  importExport,
  backupRestore,
];

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes("--quick");
  const wanted = args.filter((a) => !a.startsWith("--"));
  const unknown = wanted.filter((w) => !scenarios.some((s) => s.id === w));
  if (unknown.length > 0) {
    console.error(
      `unknown scenario(s): ${unknown.join(", ")}; known: ${scenarios.map((s) => s.id).join(", ")}`,
    );
    process.exit(2);
  }
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "warmpath-bench-"));
  const options: BenchOptions = { quick, databaseUrl: process.env.DATABASE_URL, workDir };
  ensureBuild();
  const probe = await probeMachine();
  console.log(`machine probe: JavaScript ${probe.jsMs} ms, SQL ${probe.sqlMs} ms`);
  const results: ScenarioResult[] = [];
  try {
    for (const scenario of scenarios.filter((s) => wanted.length === 0 || wanted.includes(s.id))) {
      process.stdout.write(`▶ ${scenario.id}… `);
      const started = performance.now();
      const out = await scenario.run(options);
      results.push(...out);
      process.stdout.write(`${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      for (const r of out) {
        console.log(
          `  ${r.id} [${r.size}] median ${r.medianMs} ms, p99 ${r.p99Ms} ms${r.rssMB ? `, RSS ${r.rssMB} MB` : ""}${r.ratio ? `, ratio ${r.ratio}` : ""} — ${r.met ? "met" : "NOT met"}`,
        );
      }
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  writeReport(
    {
      machine: machineDescription(),
      date: new Date().toISOString(),
      database: options.databaseUrl ? "postgres" : "pglite",
      probe,
      scenarios: results,
    },
    "bench/results.json",
    "BENCHMARKS.md",
  );
  console.log("Wrote BENCHMARKS.md and bench/results.json");
}

await main();
