import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const LOCK_FILE = "warmpath.lock";

type LockInfo = { pid: number; host: string; command: string; startedAt: string };

export class DataDirLockedError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as LockInfo;
  } catch {
    return null;
  }
}

/**
 * Takes an exclusive lock on a PGlite data directory. PGlite does not lock its directory and
 * a second process writing to it would corrupt it, so Warmpath refuses a second holder with a
 * one-line error naming the first. A lock left by a dead process on this host is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string, command: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    command,
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // "wx" fails when the file exists: creating it is the atomic test-and-set.
      fs.writeFileSync(file, JSON.stringify(mine), { flag: "wx" });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const current = readLock(file);
        if (current?.pid === process.pid) fs.rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = readLock(file);
    const stale = holder !== null && holder.host === os.hostname() && !isAlive(holder.pid);
    if (holder === null || stale) {
      // A crashed process (or a half-written file): remove it and try again.
      fs.rmSync(file, { force: true });
      continue;
    }
    throw new DataDirLockedError(
      `data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} (${holder.command}, since ${holder.startedAt}); stop it first or set WARMPATH_DATA_DIR to another directory`,
    );
  }
  throw new DataDirLockedError(`could not lock data directory ${dataDir}`);
}
