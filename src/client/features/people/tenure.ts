import { tenureOf } from "../../../shared/method/plan/tenure.ts";
import { formatDay } from "../network/relative-time.ts";

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** Whole months and years since a start date: "7 years", never rounded up. */
export function timeSince(startedAt: string, now: Date): string | null {
  const [y, m, d] = startedAt.split("-").map(Number);
  if (!y || !m) return null;
  const months =
    (now.getFullYear() - y) * 12 + (now.getMonth() + 1 - m) - (now.getDate() < (d ?? 1) ? 1 : 0);
  if (months < 0) return null;
  if (months < 1) return "less than a month";
  if (months < 12) return plural(months, "month");
  return plural(Math.floor(months / 12), "year");
}

/** "Joined 7 years ago (1 Mar 2019)", and the M9 question that fits that tenure. */
export function describeTenure(startedAt: string | null, now = new Date()) {
  if (!startedAt) {
    return {
      text: "Start date not known",
      hint: "Add when they started: a newcomer and a veteran get different questions (M9).",
    };
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const tenure = tenureOf(startedAt, today);
  const hint =
    tenure === "new"
      ? "New there: ask what drew them to it (M9)."
      : tenure === "long"
        ? "There a while: ask how the industry and the organization have changed in their time (M9)."
        : "Either question fits: what drew them, or what has changed since they joined (M9).";
  const since = timeSince(startedAt, now);
  return {
    text: since
      ? `Joined ${since} ago (${formatDay(startedAt)})`
      : `Starts on ${formatDay(startedAt)}`,
    hint,
  };
}
