import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import type { CustomFollowUpInput, FollowUpPatch } from "../../../shared/api/followups.ts";
import type { Db } from "../../db/connect.ts";
import { followUps } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { personExists } from "../people/repo.ts";
import { getSettings, todayIn } from "../settings/repo.ts";
import { listFollowUps } from "./read.ts";
import { syncFollowUps } from "./sync.ts";

export async function getFollowUp(db: Db, ws: string, id: string, now: Date) {
  const [view] = await listFollowUps(db, ws, { ids: [id], limit: 1 }, now);
  if (!view) throw errors.notFound("Follow-up");
  return view;
}

/** Done, skip, reopen, snooze until a day, or edit (or reset, with null) the draft. */
export async function updateFollowUp(
  db: Db,
  ws: string,
  id: string,
  patch: z.output<typeof FollowUpPatch>,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(followUps)
      .where(and(eq(followUps.workspaceId, ws), eq(followUps.id, id)));
    if (!row) throw errors.notFound("Follow-up");
    const today = todayIn((await getSettings(tx, ws)).timeZone, now);
    const set: Partial<typeof followUps.$inferInsert> = {};
    if (patch.status === "done" || patch.status === "skipped")
      Object.assign(set, { status: patch.status, closedOn: today });
    if (patch.status === "due") Object.assign(set, { status: "due", closedOn: null });
    if (patch.snoozeUntil) {
      if (patch.snoozeUntil <= today)
        throw errors.badRequest("snoozeUntil", "must be a day after today");
      Object.assign(set, { status: "snoozed", dueOn: patch.snoozeUntil, closedOn: null });
    }
    if (patch.draft !== undefined) set.draft = patch.draft;
    await tx
      .update(followUps)
      .set({ ...set, updatedAt: sql`now()` })
      .where(eq(followUps.id, id));
    // Closing one may start the next (the next monthly note, another confirmation).
    if (set.closedOn) await syncFollowUps(tx, ws, [row.personId], now);
    return getFollowUp(tx, ws, id, now);
  });
}

/** A follow-up of the user's own ("custom"), never touched by the rules. */
export async function createCustomFollowUp(
  db: Db,
  ws: string,
  input: z.output<typeof CustomFollowUpInput>,
  now: Date,
) {
  if (!(await personExists(db, ws, input.personId)))
    throw errors.badRequest("personId", "no such person in this workspace");
  const [row] = await db
    .insert(followUps)
    .values({
      workspaceId: ws,
      sourceKey: `custom:${crypto.randomUUID()}`,
      kind: "custom",
      personId: input.personId,
      dueOn: input.dueOn,
      draft: input.draft ?? null,
    })
    .returning({ id: followUps.id });
  return getFollowUp(db, ws, row!.id, now);
}
