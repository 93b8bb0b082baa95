import type { MachineProbe } from "./machine-probe.ts";

/** One measured scenario, as written to bench/results.json. */
export type ScenarioResult = {
  id: string;
  size: string;
  medianMs: number;
  p99Ms: number;
  throughputPerSecond?: number;
  rssMB?: number;
  /** Compressed size, for the web build scenario. */
  gzipKB?: number;
  floorMs?: number;
  ratio?: number;
  /** What the scenario must reach, e.g. `{ p99Ms: 15 }` or `{ rssMB: 250 }`. */
  goal: Record<string, number>;
  met: boolean;
  notes?: string;
  /** When it was measured (ISO 8601): a run of some scenarios keeps the others' rows. */
  measuredAt?: string;
  /** The machine probe of that run (see machine-probe.ts). */
  probe?: MachineProbe;
};

export type BenchOptions = {
  quick: boolean;
  databaseUrl: string | undefined;
  /** Scratch space for data directories and generated files. */
  workDir: string;
};

export type Scenario = {
  id: string;
  /** Runs the scenario and returns one or more results (one per size). */
  run: (options: BenchOptions) => Promise<ScenarioResult[]>;
};

/** A goal is met when every named measure is at or under its bound. */
export function meets(result: Omit<ScenarioResult, "met">): boolean {
  return Object.entries(result.goal).every(([key, bound]) => {
    const value = (result as Record<string, unknown>)[key];
    return typeof value === "number" && value <= bound;
  });
}
