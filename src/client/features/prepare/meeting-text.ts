// Words for a meeting's facts, shared by the preparation page, the brief and the list.

const MODE_LABELS: Readonly<Record<string, string>> = {
  "in-person": "In person",
  video: "Video call",
  phone: "Phone call",
};

export function modeLabel(mode: string): string {
  return MODE_LABELS[mode] ?? mode;
}

/** "Thu, 3 Dec 2026, 15:00 GMT" — the time as read where the meeting happens. */
export function meetingTime(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat(undefined, {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short",
    }).format(new Date(iso));
  } catch {
    return new Date(iso).toLocaleString();
  }
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const DAY_MS = 86_400_000;

/** "6 years ago", "3 months ago": how long ago someone joined, as of `at` (whole units, M9). */
export function timeSince(startedAt: string, at: Date): string {
  const started = new Date(`${startedAt.slice(0, 10)}T12:00:00`).getTime();
  const days = Math.max(0, (at.getTime() - started) / DAY_MS);
  if (days >= 730) return relative.format(-Math.floor(days / 365.25), "year");
  if (days >= 60) return relative.format(-Math.floor(days / 30.44), "month");
  return relative.format(-Math.floor(days / 7), "week");
}

/** The M9 question that fits how long the person has been there. */
export function tenureAdvice(tenure: "long" | "new" | "unknown"): string {
  switch (tenure) {
    case "long":
      return "ask how the industry and the organization have changed in their time (M9)";
    case "new":
      return "ask what drew them to the organization (M9)";
    default:
      return "either fits: what drew them, or what has changed since they joined (M9)";
  }
}

/** "Joined 6 years ago → ask how … changed (M9)", or a prompt to add the start date. */
export function tenureLine(
  person: { startedAt: string | null; tenure: "long" | "new" | "unknown" },
  meetingAt: string,
): string {
  if (!person.startedAt) {
    return "Start date not known: add it to their profile, a newcomer and a veteran get different questions (M9)";
  }
  return `Joined ${timeSince(person.startedAt, new Date(meetingAt))} → ${tenureAdvice(person.tenure)}`;
}
