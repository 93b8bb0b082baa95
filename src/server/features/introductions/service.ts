import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { IntroductionInput, IntroductionPatch } from "../../../shared/api/network.ts";
import type { Db } from "../../db/connect.ts";
import { introductions } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { syncFollowUps } from "../followups/sync.ts";
import { getMeeting } from "../meetings/repo.ts";
import { personExists } from "../people/repo.ts";
import { getIntroduction, type IntroductionRow, STATUS_COLUMN } from "./repo.ts";

type CreateInput = z.output<typeof IntroductionInput>;
type PatchInput = z.output<typeof IntroductionPatch>;

async function checkMeeting(db: Db, ws: string, meetingId: string | null | undefined) {
  if (meetingId && !(await getMeeting(db, ws, meetingId))) {
    throw errors.badRequest("meetingId", "no such meeting in this workspace");
  }
}

/** Records a referral edge (M11); nobody introduces someone to themself. */
export async function createIntroduction(
  db: Db,
  ws: string,
  input: CreateInput,
  now: Date,
): Promise<IntroductionRow> {
  if (input.fromPersonId === input.toPersonId) {
    throw errors.badRequest(
      "toPersonId",
      "must differ from fromPersonId: nobody introduces someone to themself",
    );
  }
  return db.transaction(async (tx) => {
    for (const field of ["fromPersonId", "toPersonId"] as const) {
      if (!(await personExists(tx, ws, input[field]))) {
        throw errors.badRequest(field, "no such person in this workspace");
      }
    }
    await checkMeeting(tx, ws, input.meetingId);
    const [row] = await tx
      .insert(introductions)
      .values({
        workspaceId: ws,
        fromPersonId: input.fromPersonId,
        toPersonId: input.toPersonId,
        meetingId: input.meetingId ?? null,
        status: input.status,
        notes: input.notes,
        [STATUS_COLUMN[input.status]]: now,
      })
      .returning();
    await syncFollowUps(tx, ws, [input.fromPersonId, input.toPersonId], now);
    return row!;
  });
}

/** Changes status (stamping the date of the change), meeting or notes. */
export async function updateIntroduction(
  db: Db,
  ws: string,
  id: string,
  patch: PatchInput,
  now: Date,
): Promise<IntroductionRow> {
  return db.transaction(async (tx) => {
    const current = await getIntroduction(tx, ws, id);
    if (!current) throw errors.notFound("Introduction");
    await checkMeeting(tx, ws, patch.meetingId);
    const statusChanged = patch.status && patch.status !== current.status;
    const [row] = await tx
      .update(introductions)
      .set({
        ...patch,
        ...(statusChanged ? { [STATUS_COLUMN[patch.status!]]: now } : {}),
        updatedAt: now,
      })
      .where(and(eq(introductions.workspaceId, ws), eq(introductions.id, id)))
      .returning();
    // M11: a made introduction asks for a meeting; an offered one for a confirmation.
    await syncFollowUps(tx, ws, [row!.fromPersonId, row!.toPersonId], now);
    return row!;
  });
}

export async function deleteIntroduction(db: Db, ws: string, id: string): Promise<void> {
  const deleted = await db
    .delete(introductions)
    .where(and(eq(introductions.workspaceId, ws), eq(introductions.id, id)))
    .returning({ id: introductions.id });
  if (deleted.length === 0) throw errors.notFound("Introduction");
}
