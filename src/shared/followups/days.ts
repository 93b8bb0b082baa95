import type { Day } from "./types.ts";

/** Adds whole days to a `YYYY-MM-DD` day (calendar arithmetic in UTC, no time zones). */
export function addDays(day: Day, days: number): Day {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

export const maxDay = (days: Array<Day | null>): Day | null =>
  days.reduce<Day | null>((max, d) => (d && (!max || d > max) ? d : max), null);
