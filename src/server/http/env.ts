import type { Logger } from "pino";
import type { Config } from "../config.ts";
import type { Database } from "../db/connect.ts";
import type { Outbox } from "../mail/outbox.ts";
import type { MailSettings } from "../mail/settings.ts";

/** Who is calling: resolved once per request by the authenticate middleware. */
export type AuthContext = {
  userId: string;
  workspaceId: string;
  /** Cookie sessions need a CSRF token on unsafe methods; bearer tokens do not. */
  via: "cookie" | "token";
  sessionTokenHash: string | null;
  canEdit: boolean;
};

/** What the app is built from; tests build it with a fresh database and a pinned clock. */
export type AppDeps = {
  database: Database;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** SMTP settings and the outbox when SMTP_URL is set; null = mailto / .eml only. */
  mail: { settings: MailSettings; outbox: Outbox } | null;
};

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    auth: AuthContext | null;
    clientAddress: string;
  };
};
