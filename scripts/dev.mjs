// `npm run dev`: the API server (restarted when a server file changes) on 4477 and Vite's
// dev server on 5173 with hot reload, forwarding /api to the first (vite.config.ts), so the
// browser sees one origin as in production. Ctrl-C stops both.
import { spawn } from "node:child_process";

const children = [
  spawn(
    process.execPath,
    [
      "--watch-path=src/server",
      "--watch-path=src/shared",
      "--import",
      "tsx",
      "src/cli/main.ts",
      "serve",
    ],
    { stdio: "inherit" },
  ),
  spawn(process.execPath, ["node_modules/vite/bin/vite.js", "--host", "127.0.0.1"], {
    stdio: "inherit",
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
