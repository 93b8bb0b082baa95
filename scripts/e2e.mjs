// Runs the Playwright journeys against the production build in the system Chromium.
// Without a Chromium the suite is skipped with a plain message, except under CI=true,
// where a missing browser is a failure.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

function findChromium() {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return fs.existsSync(configured) ? configured : null;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      return execFileSync("which", [name], { encoding: "utf8" }).trim() || null;
    } catch {}
  }
  return null;
}

if (!findChromium()) {
  const message = "No Chromium found (install Debian's `chromium` or set CHROMIUM_PATH)";
  if (process.env.CI === "true") {
    console.error(`e2e: ${message}: the browser suite cannot run under CI.`);
    process.exit(1);
  }
  console.log(`e2e: SKIPPED the browser suite. ${message}.`);
  process.exit(0);
}

const build = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
  stdio: "inherit",
});
process.exit(run.status ?? 1);
