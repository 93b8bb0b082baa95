import type { Tenure } from "../types.ts";

type Day = { y: number; m: number; d: number };

function parseDay(value: string): Day | null {
  // Accepts YYYY, YYYY-MM or YYYY-MM-DD (a start date is often known only roughly).
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return null;
  const day = { y: Number(m[1]), m: Number(m[2] ?? "1") - 1, d: Number(m[3] ?? "1") };
  return Number.isNaN(Date.UTC(day.y, day.m, day.d)) ? null : day;
}

function time(day: Day, plusYears = 0): number {
  return Date.UTC(day.y + plusYears, day.m, day.d);
}

/**
 * M9: how long the contact has been at the organization. Under one year is "new"
 * (ask what drew them); two years or more is "long" (ask what changed). Between one and
 * two years both questions fit, so we answer "unknown" and the planner lets the user
 * choose. A missing or unreadable date, or one after `today`, is also "unknown".
 */
export function tenureOf(startedAt: string | null, today: string): Tenure {
  if (startedAt === null) return "unknown";
  const start = parseDay(startedAt);
  const now = parseDay(today);
  if (start === null || now === null || time(start) > time(now)) return "unknown";
  // Calendar years, so an anniversary counts on the day itself.
  if (time(start, 1) > time(now)) return "new";
  if (time(start, 2) <= time(now)) return "long";
  return "unknown";
}
