import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { unfilledPlaceholders } from "../../../shared/followups/index.ts";
import type { Db } from "../../db/connect.ts";
import { followUps, messages } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { syncFollowUps } from "./sync.ts";

/** Refuses a draft that cannot go out as it is. */
function checkSendable(view: FollowUpView) {
  if (!view.to)
    throw errors.badRequest(
      "to",
      `${view.personName} has no e-mail address: add one to their page first`,
    );
  if (!view.draft.subject.trim()) throw errors.badRequest("draft.subject", "is empty");
  const left = unfilledPlaceholders(view.draft);
  if (left.length > 0)
    throw errors.badRequest("draft", `still has placeholders: ${left.join(", ")}`);
}

/**
 * Queues the follow-up's message. At most one message per follow-up (unique key): repeating
 * the request returns the message already queued or sent instead of a second one.
 */
export async function queueMessage(db: Db, ws: string, view: FollowUpView, domain: string) {
  if (view.message) return { id: view.message.id, created: false };
  checkSendable(view);
  const [row] = await db
    .insert(messages)
    .values({
      workspaceId: ws,
      followUpId: view.id,
      personId: view.personId,
      toAddress: view.to!,
      subject: view.draft.subject,
      body: view.draft.body,
      status: "queued",
      smtpMessageId: `<${randomUUID()}@${domain}>`,
    })
    .onConflictDoNothing({ target: messages.followUpId })
    .returning({ id: messages.id });
  if (row) return { id: row.id, created: true };
  const [existing] = await db
    .select({ id: messages.id })
    .from(messages)
    .where(eq(messages.followUpId, view.id));
  return { id: existing!.id, created: false };
}

/** Records a message the user sent from their own mail program (mailto / .eml): one click. */
export async function markSent(db: Db, ws: string, view: FollowUpView, now: Date, domain: string) {
  await db.transaction(async (tx) => {
    if (!view.message) {
      await tx
        .insert(messages)
        .values({
          workspaceId: ws,
          followUpId: view.id,
          personId: view.personId,
          toAddress: view.to ?? "",
          subject: view.draft.subject,
          body: view.draft.body,
          status: "manual",
          sentAt: now,
          smtpMessageId: `<${randomUUID()}@${domain}>`,
        })
        .onConflictDoNothing({ target: messages.followUpId });
    }
    await tx
      .update(followUps)
      .set({ status: "done", closedOn: sql`${now}::date`, updatedAt: sql`now()` })
      .where(eq(followUps.id, view.id));
    await syncFollowUps(tx, ws, [view.personId], now);
  });
}
