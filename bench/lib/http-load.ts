import autocannon from "autocannon";
import { round } from "./stats.ts";

export type LoadResult = {
  medianMs: number;
  p99Ms: number;
  throughputPerSecond: number;
  requests: number;
};

/**
 * Drives the real HTTP server over one keep-alive connection (loopback only) for a bounded
 * time, cycling through the given paths. Any non-2xx answer fails the scenario.
 */
export async function load(
  baseUrl: string,
  paths: string[],
  token: string,
  seconds: number,
): Promise<LoadResult> {
  let i = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 1,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length]! }) }],
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${result.non2xx} non-2xx answers and ${result.errors} errors on ${paths[0]}`);
  }
  return {
    medianMs: round(result.latency.p50),
    p99Ms: round(result.latency.p99),
    throughputPerSecond: round(result.requests.average, 1),
    requests: result.requests.total,
  };
}
