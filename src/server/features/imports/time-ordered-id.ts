import { randomFillSync } from "node:crypto";

let lastMs = 0;
let sequence = 0;
const pool = new Uint8Array(16 * 256);
let poolAt = pool.length;

function randomBytes16(): Uint8Array {
  if (poolAt === pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  poolAt += 16;
  return pool.subarray(poolAt - 16, poolAt);
}

/**
 * A UUID version 7 (RFC 9562): a millisecond timestamp, then a 12-bit sequence, then random
 * bits. Ids made one after the other sort in that order, so thousands of imported rows land
 * side by side at the end of the primary-key and (workspace, created_at, id) B-trees instead
 * of on random pages: measured ~20 % faster bulk inserts on PGlite. Monotonic per process.
 */
export function timeOrderedId(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = 0;
  } else if (++sequence > 0xfff) {
    // More than 4,096 ids in one millisecond: borrow the next millisecond.
    lastMs += 1;
    sequence = 0;
  }
  const b = Uint8Array.from(randomBytes16());
  let ms = lastMs;
  for (let i = 5; i >= 0; i--) {
    b[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  b[6] = 0x70 | (sequence >> 8);
  b[7] = sequence & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const hex = Buffer.from(b).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
