import path from "node:path";
import { z } from "zod";

/** Every environment variable Warmpath reads; the README's configuration table mirrors it. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4477),
  HOST: z.string().min(1).default("127.0.0.1"),
  WARMPATH_DATA_DIR: z.string().min(1).default(".warmpath"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  /** Public base URL used in links the app hands out (calendar feed, e-mails). */
  PUBLIC_URL: z.url().optional(),
  /** Mark session cookies Secure; on by default when PUBLIC_URL is https. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  /** Trust X-Forwarded-For for the client address (behind a load balancer). */
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().optional(),
  /** Seconds a delivery attempt holds a message; after a crash the retry waits this long. */
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(120),
  /** Seconds between sweeps that re-queue messages whose job was lost. */
  MAIL_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WARMPATH_WEB_DIR: z.string().default("dist/web"),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  cookieSecure: boolean;
  trustProxy: boolean;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  mailLeaseSeconds: number;
  mailSweepSeconds: number;
  logLevel: z.infer<typeof EnvSchema>["LOG_LEVEL"];
  webDir: string;
};

export class ConfigError extends Error {}

/** Reads configuration from the environment; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new ConfigError(`${name}: ${issue?.message ?? "invalid value"}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, "");
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.WARMPATH_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === "true" : publicUrl.startsWith("https:"),
    trustProxy: e.TRUST_PROXY === "true",
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailLeaseSeconds: e.MAIL_LEASE_SECONDS,
    mailSweepSeconds: e.MAIL_SWEEP_SECONDS,
    logLevel: e.LOG_LEVEL,
    webDir: path.resolve(e.WARMPATH_WEB_DIR),
  };
}
