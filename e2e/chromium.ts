import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Debian's Chromium: CHROMIUM_PATH when set, else the `chromium` found on PATH. */
export function chromiumPath(): string | null {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return fs.existsSync(configured) ? configured : null;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("which", [name], { encoding: "utf8" }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  return null;
}
