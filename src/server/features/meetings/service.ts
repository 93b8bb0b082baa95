import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import type { MeetingInput, MeetingPatch } from "../../../shared/api/network.ts";
import type { Db } from "../../db/connect.ts";
import { meetings, people } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { syncFollowUps } from "../followups/sync.ts";
import { organizationExists } from "../organizations/repo.ts";
import { getMeeting, type MeetingRecord, type MeetingRow, setMeetingPeople } from "./repo.ts";

type CreateInput = z.output<typeof MeetingInput>;
type PatchInput = z.output<typeof MeetingPatch>;

/** Checks that every person is a live person of this workspace; returns their organizations. */
async function checkPeople(db: Db, ws: string, ids: string[]) {
  const unique = [...new Set(ids)];
  const rows = await db
    .select({ id: people.id, organizationId: people.organizationId })
    .from(people)
    .where(and(eq(people.workspaceId, ws), inArray(people.id, unique), isNull(people.deletedAt)));
  if (rows.length !== unique.length) {
    throw errors.badRequest("personIds", "names a person who is not in this workspace");
  }
  return unique.map((id) => rows.find((r) => r.id === id)!);
}

async function checkOrganization(db: Db, ws: string, id: string | null | undefined) {
  if (id && !(await organizationExists(db, ws, id))) {
    throw errors.badRequest("organizationId", "no such organization in this workspace");
  }
}

/** planned → held | cancelled, cancelled → planned; a held meeting stays held (its debrief). */
function checkTransition(from: MeetingRow["status"], to: MeetingRow["status"]) {
  if (from === to) return;
  const allowed: Record<MeetingRow["status"], MeetingRow["status"][]> = {
    planned: ["held", "cancelled"],
    cancelled: ["planned"],
    held: [],
  };
  if (!allowed[from].includes(to)) {
    throw errors.conflict("invalid_transition", `A ${from} meeting cannot become ${to}.`);
  }
}

export async function createMeeting(
  db: Db,
  ws: string,
  input: CreateInput,
  now: Date,
): Promise<MeetingRecord> {
  return db.transaction(async (tx) => {
    const met = await checkPeople(tx, ws, input.personIds);
    await checkOrganization(tx, ws, input.organizationId);
    const scheduledAt = new Date(input.scheduledAt);
    const [row] = await tx
      .insert(meetings)
      .values({
        workspaceId: ws,
        kind: input.kind,
        mode: input.mode,
        // The organization defaults to that of the first person met.
        organizationId:
          input.organizationId === undefined
            ? (met[0]?.organizationId ?? null)
            : input.organizationId,
        scheduledAt,
        timeZone: input.timeZone,
        durationMinutes: input.durationMinutes,
        location: input.location,
        status: input.status,
        heldAt: input.status === "held" ? new Date(input.heldAt ?? input.scheduledAt) : null,
        notes: input.notes,
      })
      .returning({ id: meetings.id });
    const ids = met.map((p) => p.id);
    await setMeetingPeople(tx, ws, row!.id, ids);
    await syncFollowUps(tx, ws, ids, now);
    return (await getMeeting(tx, ws, row!.id))!;
  });
}

/** Updates the given fields only; the debrief (stored apart) is never touched here. */
export async function updateMeeting(
  db: Db,
  ws: string,
  id: string,
  patch: PatchInput,
  now: Date,
): Promise<MeetingRecord> {
  return db.transaction(async (tx) => {
    const current = await getMeeting(tx, ws, id);
    if (!current) throw errors.notFound("Meeting");
    if (patch.status) checkTransition(current.status, patch.status);
    await checkOrganization(tx, ws, patch.organizationId);
    const { personIds, scheduledAt, heldAt, ...rest } = patch;
    const status = patch.status ?? current.status;
    let nextHeldAt = current.heldAt;
    if (heldAt !== undefined) nextHeldAt = heldAt ? new Date(heldAt) : null;
    else if (status === "held" && !current.heldAt) nextHeldAt = now;
    if (status !== "held") nextHeldAt = null;
    await tx
      .update(meetings)
      .set({
        ...rest,
        ...(scheduledAt ? { scheduledAt: new Date(scheduledAt) } : {}),
        heldAt: nextHeldAt,
        updatedAt: sql`now()`,
      })
      .where(and(eq(meetings.workspaceId, ws), eq(meetings.id, id)));
    if (personIds) {
      const met = await checkPeople(tx, ws, personIds);
      await setMeetingPeople(
        tx,
        ws,
        id,
        met.map((p) => p.id),
      );
    }
    // A meeting held or planned changes what is due (thank-you, plan-meeting, M12).
    await syncFollowUps(tx, ws, [...new Set([...current.personIds, ...(personIds ?? [])])], now);
    return (await getMeeting(tx, ws, id))!;
  });
}

export async function deleteMeeting(db: Db, ws: string, id: string): Promise<void> {
  const deleted = await db
    .delete(meetings)
    .where(and(eq(meetings.workspaceId, ws), eq(meetings.id, id)))
    .returning({ id: meetings.id });
  if (deleted.length === 0) throw errors.notFound("Meeting");
}
