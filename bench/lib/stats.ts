/** Percentile by nearest rank over a sample (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times `fn` n times (after `warmup` untimed runs) and returns the durations in ms. */
export async function timeRuns(
  n: number,
  fn: () => Promise<unknown>,
  warmup = 0,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await fn();
    out.push(performance.now() - start);
  }
  return out;
}

/**
 * The HTTP median over the floor's. The load tool counts whole milliseconds, so a median
 * under 1 ms reads 0: no ratio is given then rather than a meaningless 0.
 */
export const httpRatio = (httpMedianMs: number, floorMs: number[]): number | undefined =>
  httpMedianMs > 0 ? round(httpMedianMs / Math.max(median(floorMs), 0.01)) : undefined;
