import { serve } from "@hono/node-server";
import { buildApp } from "./app.ts";
import type { Config } from "./config.ts";
import { openDatabase } from "./db/connect.ts";
import { scheduleMaintenance } from "./db/maintenance.ts";
import { createLogger } from "./logger.ts";
import { parseMailSettings } from "./mail/settings.ts";

export type RunningServer = { url: string; close: () => Promise<void> };

/**
 * Opens (and migrates) the database, builds the app and listens. The only place that binds
 * a port; closing stops accepting requests, then closes the database and its lock.
 */
export async function startServer(config: Config): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  // Checked before anything opens, so a malformed SMTP_URL is a clear start-up error.
  const mailSettings = parseMailSettings(config.smtpUrl, config.mailFrom);
  const database = await openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    command: "warmpath serve",
  });
  // pg-boss and nodemailer are loaded only when e-mail is configured (cold start).
  const outbox = mailSettings
    ? await (await import("./mail/outbox.ts")).startOutbox(database, mailSettings, logger, {
        databaseUrl: config.databaseUrl,
        leaseSeconds: config.mailLeaseSeconds,
        sweepSeconds: config.mailSweepSeconds,
      })
    : null;
  const mail = mailSettings && outbox ? { settings: mailSettings, outbox } : null;
  const app = buildApp({ database, config, logger, now: () => new Date(), mail });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
      resolve(s),
    );
    s.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await database.close();
    if (error.code === "EADDRINUSE") {
      throw new Error(
        `port ${config.port} on ${config.host} is already in use; set PORT to another port`,
      );
    }
    throw error;
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  logger.info({ url, database: database.kind }, "Warmpath is listening");
  const stopMaintenance = scheduleMaintenance(database, logger, { atStart: true });
  let closing: Promise<void> | null = null;
  return {
    url,
    close: () => {
      closing ??= (async () => {
        await stopMaintenance();
        await outbox?.stop();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await database.close();
      })();
      return closing;
    },
  };
}
