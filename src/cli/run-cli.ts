import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const cliEntry = path.join(repoRoot, "bin/warmpath.mjs");

export type CliResult = { status: number | null; stdout: string; stderr: string };

/** Runs `warmpath …` as a user would, in a child process (used by tests and benchmarks). */
export function runCli(
  args: string[],
  options: { input?: string; env?: NodeJS.ProcessEnv } = {},
): CliResult {
  const res = spawnSync(process.execPath, [cliEntry, ...args], {
    cwd: repoRoot,
    input: options.input ?? "",
    env: { ...process.env, LOG_LEVEL: "silent", ...options.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/** Starts `warmpath serve` and resolves with its URL once it listens. */
export function startCliServer(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, [cliEntry, "serve"], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "silent", PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ready = new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/running at (http:\/\/\S+)/);
      if (match?.[1]) resolve(match[1]);
    });
    child.once("exit", (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { child, ready, stop };
}
