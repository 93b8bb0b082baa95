import PgBoss from "pg-boss";
import type { Logger } from "pino";
import type { Database } from "../db/connect.ts";
import { DEFAULT_LEASE_SECONDS, deliverMessage, pendingMessageIds } from "./deliver.ts";
import type { MailSettings } from "./settings.ts";
import { type MailTransport, smtpTransport } from "./transport.ts";

const QUEUE = "deliver-message";

export type Outbox = {
  /** Schedules delivery of a committed message (idempotent per message). */
  enqueue: (messageId: string) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * The e-mail outbox: the `messages` table is the source of truth, pg-boss (on the same
 * database) runs delivery with retries and backoff across app instances. A sweep re-enqueues
 * messages whose job was lost (process killed between commit and enqueue).
 */
export async function startOutbox(
  database: Database,
  settings: MailSettings,
  logger: Logger,
  options: {
    databaseUrl?: string | undefined;
    transport?: MailTransport;
    now?: () => Date;
    pollingSeconds?: number;
    /** How long an attempt holds a message; after a crash, retries wait this long. */
    leaseSeconds?: number;
    /** How often messages whose job was lost (a crash) are put back in the queue. */
    sweepSeconds?: number;
  } = {},
): Promise<Outbox> {
  const transport = options.transport ?? smtpTransport(settings);
  const now = options.now ?? (() => new Date());
  const leaseSeconds = options.leaseSeconds ?? DEFAULT_LEASE_SECONDS;
  const boss = new PgBoss({
    ...(options.databaseUrl
      ? { connectionString: options.databaseUrl, max: 2 }
      : {
          db: {
            // pg-boss's migrations are multi-statement scripts without parameters: PGlite
            // runs those only through its simple protocol.
            executeSql: async (text: string, values: unknown[]) => ({
              rows:
                values && values.length > 0
                  ? await database.query(text, values)
                  : await database.exec(text),
            }),
          },
        }),
    schema: "pgboss",
  });
  boss.on("error", (error) => logger.warn({ err: error }, "job queue error"));
  await boss.start();
  await boss.createQueue(QUEUE, {
    name: QUEUE,
    retryLimit: 8,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: leaseSeconds + 30,
  });
  // No singleton key: a job left active by a killed process must not block a new one; the
  // claim in deliverMessage makes extra jobs for one message harmless.
  const enqueue = async (messageId: string) => {
    await boss.send(QUEUE, { messageId });
  };
  await boss.work<{ messageId: string }>(
    QUEUE,
    { pollingIntervalSeconds: options.pollingSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        const result = await deliverMessage(
          database.db,
          transport,
          settings.from,
          job.data.messageId,
          now,
          leaseSeconds,
        );
        logger.info({ messageId: job.data.messageId, result }, "message delivery");
        // A failure is thrown so that pg-boss retries it with backoff; the reason stays on the message.
        if (result === "failed") throw new Error("delivery failed; will retry");
      }
    },
  );
  const sweep = async () => {
    for (const id of await pendingMessageIds(database.db, now())) await enqueue(id);
  };
  await sweep();
  const timer = setInterval(
    () => void sweep().catch((error) => logger.warn({ err: error }, "outbox sweep failed")),
    (options.sweepSeconds ?? 60) * 1000,
  );
  timer.unref();
  return {
    enqueue,
    stop: async () => {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true });
      transport.close();
    },
  };
}
