import autocannon from "autocannon";
import { round } from "./stats.ts";

export type LoadResult = {
  medianMs: number;
  p99Ms: number;
  throughputPerSecond: number;
  requests: number;
  /** The unmeasured first pass through every path: its slowest request (see loadMany). */
  firstPassMaxMs: number;
};

/** One request of a load: a path and the API token it is sent with. */
export type TokenRequest = { path: string; token: string };

/**
 * Drives the real HTTP server over one keep-alive connection (loopback only) for a bounded
 * time, cycling through the given paths. Any non-2xx answer fails the scenario.
 */
export function load(
  baseUrl: string,
  paths: string[],
  token: string,
  seconds: number,
): Promise<LoadResult> {
  return loadMany(
    baseUrl,
    paths.map((path) => ({ path, token })),
    seconds,
  );
}

/**
 * As `load`, each request with its own token (several workspaces on one server).
 *
 * Each distinct request is sent once before the timed run, as the in-process floor gets its
 * warm-up runs: the first read of a page after the server starts comes from the data
 * directory, not the buffer cache (on PGlite ~40 µs a page), and a long-running server pays
 * that once. The first pass's slowest request is reported beside the timed run.
 */
export async function loadMany(
  baseUrl: string,
  requests: TokenRequest[],
  seconds: number,
): Promise<LoadResult> {
  let firstPassMaxMs = 0;
  for (const { path, token } of requests) {
    const started = performance.now();
    const res = await fetch(new URL(path, baseUrl), {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${res.status} on ${path} (first pass)`);
    firstPassMaxMs = Math.max(firstPassMaxMs, performance.now() - started);
  }
  let i = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 1,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const next = requests[i++ % requests.length]!;
          return {
            ...req,
            path: next.path,
            headers: { ...req.headers, authorization: `Bearer ${next.token}` },
          };
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(
      `${result.non2xx} non-2xx answers and ${result.errors} errors on ${requests[0]?.path}`,
    );
  }
  return {
    medianMs: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    throughputPerSecond: round(result.requests.average, 1),
    requests: result.requests.total,
    firstPassMaxMs: round(firstPassMaxMs),
  };
}
