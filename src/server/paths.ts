import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's root folder, found from this file's location. Works both from the sources
 * (src/server) and from the bundled server in dist/, so files such as the migrations are
 * always read from one place.
 */
function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("cannot find the Warmpath package root");
    dir = parent;
  }
  return dir;
}

export const packageRoot = findRoot();
export const migrationsFolder = path.join(packageRoot, "src/server/db/migrations");
