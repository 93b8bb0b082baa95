import { sql } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import { authThrottle } from "../db/schema/index.ts";

/** Failed sign-ins allowed in a window before a key is locked (per account / per address). */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  accountFailures: 5,
  addressFailures: 20,
} as const;

export const throttleKeys = (email: string, address: string) => ({
  account: `account:${email.trim().toLowerCase()}`,
  address: `address:${address}`,
});

/** Seconds until the first of these keys unlocks, or 0 when none is locked. */
export async function lockedForSeconds(db: Db, keys: string[], now: Date): Promise<number> {
  const rows = await db
    .select({ lockedUntil: authThrottle.lockedUntil })
    .from(authThrottle)
    .where(sql`${authThrottle.key} in ${keys} and ${authThrottle.lockedUntil} > ${now}`);
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  return until > 0 ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Counts one failure against a key, locking it when it reaches its limit (one statement). */
export async function recordFailure(db: Db, key: string, limit: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - THROTTLE.windowMs);
  const lockUntil = new Date(now.getTime() + THROTTLE.lockMs);
  await db
    .insert(authThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: authThrottle.key,
      set: {
        failures: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then 1 else ${authThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${authThrottle.windowStartedAt} < ${windowStart} then ${now} else ${authThrottle.windowStartedAt} end`,
        lockedUntil: sql`case when (case when ${authThrottle.windowStartedAt} < ${windowStart} then 1 else ${authThrottle.failures} + 1 end) >= ${limit} then ${lockUntil} else ${authThrottle.lockedUntil} end`,
      },
    });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(authThrottle).where(sql`${authThrottle.key} = ${key}`);
}
