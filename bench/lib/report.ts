import fs from "node:fs";
import os from "node:os";
import type { MachineProbe } from "./machine-probe.ts";
import type { ScenarioResult } from "./types.ts";

export type BenchReport = {
  machine: string;
  date: string;
  database: "pglite" | "postgres";
  /** The machine probe taken before the run (see machine-probe.ts). */
  probe?: MachineProbe;
  scenarios: ScenarioResult[];
};

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const fmt = (n: number | undefined, unit = "") => (n === undefined ? "—" : `${n}${unit}`);

function goalText(goal: Record<string, number>): string {
  return Object.entries(goal)
    .map(
      ([k, v]) =>
        `${k.replace(/Ms$/, "").replace(/MB$/, "")} ≤ ${v}${k.endsWith("Ms") ? " ms" : k.endsWith("MB") ? " MB" : ""}`,
    )
    .join(", ");
}

/**
 * Merges a run into bench/results.json (keyed by database and scenario id, so a run of one
 * scenario keeps the others) and rewrites BENCHMARKS.md from it.
 */
export function writeReport(run: BenchReport, resultsFile: string, markdownFile: string): void {
  let all: BenchReport[] = [];
  if (fs.existsSync(resultsFile)) {
    const previous = JSON.parse(fs.readFileSync(resultsFile, "utf8")) as BenchReport & {
      runs?: BenchReport[];
    };
    all = previous.runs ?? [previous];
  }
  const other = all.filter((r) => r.database !== run.database);
  const same = all.find((r) => r.database === run.database);
  const ids = new Set(run.scenarios.map((s) => `${s.id}@${s.size}`));
  const merged: BenchReport = {
    ...run,
    scenarios: [
      // A row kept from an earlier run was measured when that run was.
      ...(same?.scenarios
        .filter((s) => !ids.has(`${s.id}@${s.size}`))
        .map((s) => ({ measuredAt: same.date, ...s })) ?? []),
      ...run.scenarios.map((s) => ({ ...s, measuredAt: run.date, probe: run.probe })),
    ],
  };
  const runs = [merged, ...other].sort((a, b) => a.database.localeCompare(b.database));
  // The top level is the embedded run (the default); other databases are listed in `runs`.
  const primary = runs.find((r) => r.database === "pglite") ?? runs[0]!;
  fs.writeFileSync(resultsFile, `${JSON.stringify({ ...primary, runs }, null, 2)}\n`);

  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (see `bench/`). Absolute times move with the machine; the",
    "ratio to the floor (the same work without Warmpath around it) does not. HTTP probes",
    "send each distinct request once before they are timed, as floors get warm-up runs; the",
    "notes give that first pass's slowest request. The machine is shared and its speed moves",
    "from day to day: every run first times a fixed piece of work (`bench/lib/machine-probe.ts`:",
    "JavaScript, and SQL in PGlite), shown per row as *probe* (JS / SQL ms). Before comparing a",
    "row with another day's, compare their probes.",
    "",
  ];
  for (const r of runs) {
    lines.push(`## ${r.database === "pglite" ? "Embedded PGlite" : "PostgreSQL server"}`, "");
    lines.push(`Machine: ${r.machine}. Last run: ${r.date}.`, "");
    lines.push(
      "| scenario | size | median | p99 | throughput/s | RSS | floor | ratio | goal | met? | measured | probe |",
    );
    lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (const s of r.scenarios) {
      lines.push(
        `| ${s.id} | ${s.size} | ${fmt(s.medianMs, " ms")} | ${fmt(s.p99Ms, " ms")} | ${fmt(s.throughputPerSecond)} | ${fmt(s.rssMB, " MB")} | ${fmt(s.floorMs, " ms")} | ${fmt(s.ratio)} | ${goalText(s.goal)} | ${s.met ? "yes" : "**no**"} | ${s.measuredAt?.slice(0, 10) ?? "—"} | ${s.probe ? `${s.probe.jsMs} / ${s.probe.sqlMs}` : "—"} |`,
      );
    }
    const notes = r.scenarios.filter((s) => s.notes);
    if (notes.length > 0) {
      lines.push("", ...notes.map((s) => `- **${s.id}** (${s.size}): ${s.notes}`));
    }
    lines.push("");
  }
  fs.writeFileSync(markdownFile, lines.join("\n"));
}
