import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Scenario } from "../lib/types.ts";
import { meets } from "../lib/types.ts";

/**
 * First-load JavaScript of the production web build, gzipped: the entry script plus every
 * module it preloads (what a browser fetches before the first page can render).
 */
export function firstLoadJs(webDir = "dist/web") {
  const html = fs.readFileSync(path.join(webDir, "index.html"), "utf8");
  const srcs = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  const files = [...new Set(srcs)].map((src) => path.join(webDir, src.replace(/^\//, "")));
  const gzipBytes = files.reduce(
    (sum, f) => sum + gzipSync(fs.readFileSync(f), { level: 9 }).length,
    0,
  );
  return { files, gzipKB: Math.round(gzipBytes / 102.4) / 10 };
}

export const webFirstLoad: Scenario = {
  id: "web-first-load",
  run: async () => {
    const { files, gzipKB } = firstLoadJs();
    const result = {
      id: "web-first-load",
      size: `${files.length} file(s)`,
      medianMs: 0,
      p99Ms: 0,
      goal: { gzipKB: 200 },
      gzipKB,
      notes: `first-load JS ${gzipKB} KB gzip (${files.map((f) => path.basename(f)).join(", ")})`,
    };
    return [{ ...result, met: meets(result) }];
  },
};
