import { and, eq, inArray, sql } from "drizzle-orm";
import type { z } from "zod";
import type { DebriefInput } from "../../../shared/api/followups.ts";
import type { Db } from "../../db/connect.ts";
import { debriefs, insights, introductions, meetings, people } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { syncFollowUps } from "../followups/sync.ts";
import { getMeeting } from "../meetings/repo.ts";
import { findOrCreateOrganization } from "../organizations/repo.ts";
import { personExists, searchTextOf } from "../people/repo.ts";

type Input = z.output<typeof DebriefInput>;

/** A person named in a debrief: matched by name (and organization) so a resubmission reuses them. */
async function findOrCreatePerson(
  db: Db,
  ws: string,
  p: NonNullable<Input["introductions"][number]["toPerson"]>,
) {
  const org = p.organization ? await findOrCreateOrganization(db, ws, p.organization) : null;
  const [existing] = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.workspaceId, ws),
        sql`lower(${people.name}) = ${p.name.toLowerCase()}`,
        org ? eq(people.organizationId, org.id) : sql`true`,
        sql`${people.deletedAt} is null`,
      ),
    )
    .limit(1);
  if (existing) return existing.id;
  const values = {
    name: p.name,
    title: p.title ?? null,
    emails: p.email ? [p.email] : [],
    tags: [] as string[],
  };
  const [created] = await db
    .insert(people)
    .values({
      workspaceId: ws,
      ...values,
      organizationId: org?.id ?? null,
      howWeMet: "Mentioned in a meeting",
      searchText: searchTextOf({ ...values, organizationName: org?.name ?? null }),
    })
    .returning({ id: people.id });
  return created!.id;
}

/**
 * Records what a meeting produced (M11, M13) in one transaction: the meeting becomes held,
 * the insights are stored, introductions offered or to ask are recorded (new people created
 * inline), and the follow-ups are derived. Submitting again updates all of it: insights are
 * replaced, introductions matched by (from, to) for this meeting, no duplicates.
 */
export async function submitDebrief(
  db: Db,
  ws: string,
  meetingId: string,
  input: Input,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const meeting = await getMeeting(tx, ws, meetingId);
    if (!meeting) throw errors.notFound("Meeting");
    if (meeting.status === "cancelled")
      throw errors.conflict("invalid_transition", "A cancelled meeting has no debrief.");
    const met = meeting.personIds[0];
    const heldAt = new Date(input.heldAt);

    const edges: Array<{ from: string; to: string; status: "offered" | "to-ask" }> = [];
    for (const [index, intro] of input.introductions.entries()) {
      const from = intro.fromPersonId ?? met;
      if (!from || !(await personExists(tx, ws, from))) {
        throw errors.badRequest(
          `introductions.${index}.fromPersonId`,
          "no such person in this workspace",
        );
      }
      if (intro.toPersonId && !(await personExists(tx, ws, intro.toPersonId))) {
        throw errors.badRequest(
          `introductions.${index}.toPersonId`,
          "no such person in this workspace",
        );
      }
      const to = intro.toPersonId ?? (await findOrCreatePerson(tx, ws, intro.toPerson!));
      if (to === from)
        throw errors.badRequest(
          `introductions.${index}.toPersonId`,
          "must differ from the person who introduces",
        );
      edges.push({ from, to, status: intro.status });
    }

    await tx
      .update(meetings)
      .set({ status: "held", heldAt, updatedAt: sql`now()` })
      .where(and(eq(meetings.workspaceId, ws), eq(meetings.id, meetingId)));
    const debrief = { heldAt, noReferral: edges.length === 0, notes: input.notes ?? "" };
    await tx
      .insert(debriefs)
      .values({ meetingId, workspaceId: ws, ...debrief })
      .onConflictDoUpdate({
        target: debriefs.meetingId,
        set: { ...debrief, updatedAt: sql`now()` },
      });

    await tx
      .delete(insights)
      .where(and(eq(insights.workspaceId, ws), eq(insights.meetingId, meetingId)));
    if (input.insights.length > 0) {
      await tx.insert(insights).values(
        input.insights.map((i) => ({
          workspaceId: ws,
          text: i.text,
          tags: i.tags,
          meetingId,
          personId: met ?? null,
          organizationId: meeting.organizationId,
        })),
      );
    }

    const previous = await tx
      .select()
      .from(introductions)
      .where(and(eq(introductions.workspaceId, ws), eq(introductions.meetingId, meetingId)));
    const kept = new Set<string>();
    for (const edge of edges) {
      const match = previous.find((p) => p.fromPersonId === edge.from && p.toPersonId === edge.to);
      if (match) {
        kept.add(match.id);
        // Only an introduction still as the debrief left it changes with the debrief.
        if (
          match.status !== edge.status &&
          (match.status === "offered" || match.status === "to-ask")
        ) {
          await tx
            .update(introductions)
            .set({
              status: edge.status,
              ...(edge.status === "offered" ? { offeredAt: heldAt } : { toAskAt: heldAt }),
              updatedAt: now,
            })
            .where(eq(introductions.id, match.id));
        }
        continue;
      }
      await tx.insert(introductions).values({
        workspaceId: ws,
        fromPersonId: edge.from,
        toPersonId: edge.to,
        meetingId,
        status: edge.status,
        ...(edge.status === "offered" ? { offeredAt: heldAt } : { toAskAt: heldAt }),
      });
    }
    // Introductions the debrief no longer names go, unless they moved on since.
    const dropped = previous
      .filter((p) => !kept.has(p.id) && (p.status === "offered" || p.status === "to-ask"))
      .map((p) => p.id);
    if (dropped.length > 0)
      await tx.delete(introductions).where(inArray(introductions.id, dropped));

    const involved = [
      ...new Set([
        ...meeting.personIds,
        ...edges.flatMap((e) => [e.from, e.to]),
        ...previous.flatMap((p) => [p.fromPersonId, p.toPersonId]),
      ]),
    ];
    await syncFollowUps(tx, ws, involved, now);
    return { involved };
  });
}
