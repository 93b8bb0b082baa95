import { and, eq, type SQL, sql } from "drizzle-orm";
import type { IntroductionStatus } from "../../../shared/api/network.ts";
import type { Db } from "../../db/connect.ts";
import { introductions } from "../../db/schema/index.ts";

export type IntroductionRow = typeof introductions.$inferSelect;

/** The timestamp column that records when an introduction reached each status. */
export const STATUS_COLUMN = {
  offered: "offeredAt",
  "to-ask": "toAskAt",
  asked: "askedAt",
  made: "madeAt",
  declined: "declinedAt",
} as const satisfies Record<IntroductionStatus, keyof IntroductionRow>;

export async function getIntroduction(db: Db, ws: string, id: string) {
  const [row] = await db
    .select()
    .from(introductions)
    .where(and(eq(introductions.workspaceId, ws), eq(introductions.id, id)));
  return row;
}

export async function listIntroductions(
  db: Db,
  ws: string,
  filter: {
    personId?: string | undefined;
    meetingId?: string | undefined;
    status?: IntroductionStatus | undefined;
  },
): Promise<IntroductionRow[]> {
  const where: SQL[] = [sql`${introductions.workspaceId} = ${ws}`];
  if (filter.personId) {
    where.push(
      sql`(${introductions.fromPersonId} = ${filter.personId} or ${introductions.toPersonId} = ${filter.personId})`,
    );
  }
  if (filter.meetingId) where.push(sql`${introductions.meetingId} = ${filter.meetingId}`);
  if (filter.status) where.push(sql`${introductions.status} = ${filter.status}`);
  return db
    .select()
    .from(introductions)
    .where(and(...where))
    .orderBy(introductions.createdAt, introductions.id);
}
