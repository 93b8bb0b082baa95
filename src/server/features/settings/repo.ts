import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { workspaceSettings } from "../../db/schema/index.ts";

export type Settings = typeof workspaceSettings.$inferSelect;

/** The workspace's settings, created with defaults on first use. */
export async function getSettings(db: Db, ws: string): Promise<Settings> {
  const [row] = await db
    .select()
    .from(workspaceSettings)
    .where(eq(workspaceSettings.workspaceId, ws));
  if (row) return row;
  const [created] = await db
    .insert(workspaceSettings)
    .values({ workspaceId: ws })
    .onConflictDoUpdate({ target: workspaceSettings.workspaceId, set: { updatedAt: sql`now()` } })
    .returning();
  return created!;
}

export async function updateSettings(
  db: Db,
  ws: string,
  patch: Partial<
    Pick<Settings, "searchActive" | "defaultCadenceDays" | "timeZone" | "calendarTokenHash">
  >,
): Promise<Settings> {
  await getSettings(db, ws);
  const [row] = await db
    .update(workspaceSettings)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(workspaceSettings.workspaceId, ws))
    .returning();
  return row!;
}

/** Today's date in the workspace's time zone (`YYYY-MM-DD`). */
export function todayIn(timeZone: string, now: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(now);
}
