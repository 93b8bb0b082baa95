import { and, eq, inArray, sql } from "drizzle-orm";
import { reconcileFollowUps } from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { followUps } from "../../db/schema/index.ts";
import { getSettings, todayIn } from "../settings/repo.ts";
import { loadFollowUpFacts } from "./facts.ts";

/**
 * Brings the stored follow-ups in line with what happened (M11, M12), for some people or the
 * whole workspace. Idempotent: a follow-up is identified by its source key, so running it
 * twice (a debrief submitted again, two instances) creates nothing twice; an open follow-up
 * moves when its due day changes; closed ones are never reopened; open ones no longer
 * needed are closed (done, or skipped when the search has ended).
 */
export async function syncFollowUps(
  db: Db,
  ws: string,
  personIds: string[] | null,
  now: Date,
): Promise<void> {
  const settings = await getSettings(db, ws);
  const today = todayIn(settings.timeZone, now);
  const facts = await loadFollowUpFacts(db, ws, personIds, settings.timeZone, today);
  const { wanted, resolved } = reconcileFollowUps({
    ...facts,
    today,
    searchActive: settings.searchActive,
    defaultCadenceDays: settings.defaultCadenceDays,
  });
  const inScope =
    personIds === null ? wanted : wanted.filter((w) => personIds.includes(w.personId));
  for (let i = 0; i < inScope.length; i += 500) {
    const chunk = inScope.slice(i, i + 500);
    await db
      .insert(followUps)
      .values(
        chunk.map((w) => ({
          workspaceId: ws,
          sourceKey: w.sourceKey,
          kind: w.kind,
          personId: w.personId,
          meetingId: w.meetingId,
          introductionId: w.introductionId,
          dueOn: w.dueOn,
        })),
      )
      .onConflictDoUpdate({
        target: [followUps.workspaceId, followUps.sourceKey],
        // Only a plain open follow-up moves; a snoozed one keeps the day the user chose.
        set: {
          dueOn: sql`case when ${followUps.status} = 'due' then excluded.due_on else ${followUps.dueOn} end`,
          updatedAt: sql`now()`,
        },
      });
  }
  if (resolved.length > 0) {
    await db
      .update(followUps)
      .set({
        status: settings.searchActive ? "done" : "skipped",
        closedOn: today,
        updatedAt: sql`now()`,
      })
      .where(and(eq(followUps.workspaceId, ws), inArray(followUps.sourceKey, resolved)));
  }
}
