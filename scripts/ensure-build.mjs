// `npm start` runs this first: it builds the web app and the server when the build is
// missing or older than any source file, so a fresh checkout needs no separate build step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const outputs = ["dist/web/index.html", "dist/cli.mjs"];
const sources = ["src", "index.html", "public", "vite.config.ts", "package-lock.json"];

function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

const built = Math.min(...outputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
const changed = Math.max(...sources.map(newest));
if (built === 0 || changed > built) {
  process.stdout.write("Building Warmpath (web app and server)…\n");
  const res = spawnSync(process.execPath, ["scripts/build.mjs"], { stdio: "inherit" });
  if (res.status !== 0) process.exit(res.status ?? 1);
}
