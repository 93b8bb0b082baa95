import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/connect.ts";
import { followUps, messages } from "../db/schema/index.ts";
import { queryRows } from "../db/sql.ts";
import { syncFollowUps } from "../features/followups/sync.ts";
import type { MailTransport } from "./transport.ts";

/** How long one delivery attempt holds a message before another worker may retry it. */
export const DEFAULT_LEASE_SECONDS = 120;

export type DeliveryResult = "sent" | "skipped" | "failed";

/**
 * Delivers one queued message, once. The claim is a conditional update: only a message that
 * is queued, failed, or whose previous attempt's lease ran out (a worker died mid-send) can
 * be taken, so two workers (or two app instances) never send it at the same time, and a sent
 * message is never sent again. The SMTP transaction either completes (then the message is
 * marked sent at once) or is abandoned with the connection (nothing was delivered).
 */
export async function deliverMessage(
  db: Db,
  transport: MailTransport,
  from: string,
  messageId: string,
  now: () => Date,
  leaseSeconds = DEFAULT_LEASE_SECONDS,
): Promise<DeliveryResult> {
  const [claimed] = await queryRows<{
    id: string;
    workspaceId: string;
    toAddress: string;
    subject: string;
    body: string;
    smtpMessageId: string;
    followUpId: string | null;
    personId: string | null;
  }>(
    db,
    sql`update messages set status = 'sending', attempts = attempts + 1,
          lease_until = ${now()}::timestamptz + make_interval(secs => ${leaseSeconds}::int)
        where id = ${messageId}
          and (status in ('queued', 'failed') or (status = 'sending' and lease_until < ${now()}))
        returning id, workspace_id as "workspaceId", to_address as "toAddress", subject, body,
          smtp_message_id as "smtpMessageId", follow_up_id as "followUpId", person_id as "personId"`,
  );
  if (!claimed) return "skipped";
  try {
    await transport.send({
      from,
      to: claimed.toAddress,
      subject: claimed.subject,
      text: claimed.body,
      messageId: claimed.smtpMessageId,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db
      .update(messages)
      .set({ status: "failed", lastError: reason.slice(0, 1000), leaseUntil: null })
      .where(eq(messages.id, messageId));
    return "failed";
  }
  await db.transaction(async (tx) => {
    await tx
      .update(messages)
      .set({ status: "sent", sentAt: now(), leaseUntil: null, lastError: null })
      .where(eq(messages.id, messageId));
    if (claimed.followUpId) {
      await tx
        .update(followUps)
        .set({ status: "done", closedOn: sql`${now()}::date`, updatedAt: sql`now()` })
        .where(eq(followUps.id, claimed.followUpId));
    }
    // The sent message is a contact: it moves the next stay-in-touch (M12).
    if (claimed.personId) await syncFollowUps(tx, claimed.workspaceId, [claimed.personId], now());
  });
  return "sent";
}

/** Messages that should be in the queue but may not be (a crash between commit and enqueue). */
export async function pendingMessageIds(db: Db, now: Date): Promise<string[]> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id::text from messages
        where status = 'queued' or (status = 'sending' and lease_until < ${now})
        order by created_at limit 500`,
  );
  return rows.map((r) => r.id);
}
