const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

const DAY_MS = 86_400_000;

/** "3 weeks ago", "in 2 days", "yesterday": coarse, for scanning a list. */
export function relativeTime(iso: string, now = new Date()): string {
  const days = Math.round((new Date(iso).getTime() - now.getTime()) / DAY_MS);
  const abs = Math.abs(days);
  if (abs < 7) return relative.format(days, "day");
  if (abs < 60) return relative.format(Math.round(days / 7), "week");
  if (abs < 730) return relative.format(Math.round(days / 30.44), "month");
  return relative.format(Math.round(days / 365.25), "year");
}

/** A calendar date (YYYY-MM-DD) in the user's locale, read as that day wherever they are. */
export function formatDay(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!y || !m || !d) return date;
  return day.format(new Date(y, m - 1, d));
}

/** An ISO instant as a date in the user's locale and time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : day.format(date);
}
