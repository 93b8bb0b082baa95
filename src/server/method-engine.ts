import type * as Method from "../shared/method/index.ts";

let engine: Promise<typeof Method> | undefined;

/**
 * The method engine, loaded on first use: it brings the NLP library (compromise, ~0.3 s to
 * load), which the server does not need to answer its first request. Cold start stays short.
 */
export function methodEngine(): Promise<typeof Method> {
  engine ??= import("../shared/method/index.ts");
  return engine;
}
