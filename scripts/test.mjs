// `npm test`: everything, in the order that fails fastest. Type-check (sources and tests),
// lint, unit + API tests (PGlite, and PostgreSQL too when TEST_DATABASE_URL is set), then the
// browser journeys.
import { spawnSync } from "node:child_process";

const steps = [
  ["type-check", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]],
  ["lint", "npx", ["biome", "check", "."]],
  ["unit and API tests", "npx", ["vitest", "run"]],
  ["end-to-end tests", process.execPath, ["scripts/e2e.mjs"]],
];

for (const [name, command, args] of steps) {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const res = spawnSync(command, args, { stdio: "inherit" });
  if (res.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${res.status ?? res.signal}).`);
    process.exit(res.status ?? 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
