import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { meetingPrep } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { getMeeting } from "../meetings/repo.ts";

export async function getPrep(db: Db, ws: string, meetingId: string) {
  if (!(await getMeeting(db, ws, meetingId))) throw errors.notFound("Meeting");
  const [row] = await db
    .select()
    .from(meetingPrep)
    .where(sql`${meetingPrep.workspaceId} = ${ws} and ${meetingPrep.meetingId} = ${meetingId}`);
  return { answerKeys: row?.answerKeys ?? [], checklist: row?.checklist ?? {} };
}

/** Saves the answers chosen for the meeting and the ticked checklist items (M5). */
export async function updatePrep(
  db: Db,
  ws: string,
  meetingId: string,
  patch: { answerKeys?: string[] | undefined; checklist?: Record<string, boolean> | undefined },
) {
  return db.transaction(async (tx) => {
    const current = await getPrep(tx, ws, meetingId);
    const next = {
      answerKeys: patch.answerKeys ?? current.answerKeys,
      checklist: { ...current.checklist, ...(patch.checklist ?? {}) },
    };
    await tx
      .insert(meetingPrep)
      .values({ meetingId, workspaceId: ws, ...next })
      .onConflictDoUpdate({
        target: meetingPrep.meetingId,
        set: { ...next, updatedAt: sql`now()` },
      });
    return next;
  });
}
