// A meeting is planned in its own time zone (where the contact is), while the job seeker
// may be elsewhere: the form takes a wall-clock time in the meeting's zone, and the pages
// show it in both zones.

const WALL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function partsIn(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(ms));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** How far `timeZone` is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetMs(ms: number, timeZone: string): number {
  const whole = Math.floor(ms / 1000) * 1000;
  const p = partsIn(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

/** A wall-clock time `YYYY-MM-DDTHH:mm` in `timeZone`, as an ISO instant (UTC); null if malformed. */
export function zonedToIso(wall: string, timeZone: string): string | null {
  const m = WALL.exec(wall);
  if (!m) return null;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // The offset at the first guess can differ from the offset at the answer across a
  // daylight-saving change; a second pass settles it.
  const guess = asUtc - offsetMs(asUtc, timeZone);
  return new Date(asUtc - offsetMs(guess, timeZone)).toISOString();
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO instant as the wall-clock `YYYY-MM-DDTHH:mm` in `timeZone` (for datetime inputs). */
export function isoToZoned(iso: string, timeZone: string): string {
  const p = partsIn(new Date(iso).getTime(), timeZone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "Tue, 5 May 2026, 14:00 CEST" — an instant as read in `timeZone`. */
export function formatInZone(iso: string, timeZone?: string): string {
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
}

/** The time zone of this browser, e.g. "Europe/Paris". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Every IANA zone the browser knows, for the time-zone picker. */
export function timeZones(): string[] {
  const known = Intl.supportedValuesOf?.("timeZone") ?? [];
  return known.includes("UTC") ? known : ["UTC", ...known];
}

export type Slot = { label: string; wall: string };

/**
 * A few ready-made times — the next working days at 10:00 and 14:00 — so that planning a
 * meeting is: Plan meeting → pick a time → Save.
 */
export function suggestedSlots(now: Date, count = 4): Slot[] {
  const slots: Slot[] = [];
  const dayFormat = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    day: "numeric",
    month: "short",
  });
  const day = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  while (slots.length < count) {
    day.setDate(day.getDate() + 1);
    if (day.getDay() === 0 || day.getDay() === 6) continue;
    for (const hour of [10, 14]) {
      if (slots.length >= count) break;
      const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
      slots.push({
        label: `${dayFormat.format(day)}, ${hour}:00`,
        wall: `${date}T${pad(hour)}:00`,
      });
    }
  }
  return slots;
}
