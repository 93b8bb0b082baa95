import pino from "pino";
import type { Config } from "./config.ts";

/** JSON logs on stderr; secrets in headers and bodies are redacted. */
export function createLogger(level: Config["logLevel"]) {
  return pino({
    level,
    redact: ["req.headers.cookie", "req.headers.authorization", "password", "*.password"],
  });
}
