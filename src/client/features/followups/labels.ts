import type { FollowUpView } from "../../../shared/api/followups.ts";
import { daysBetween } from "../../../shared/followups/index.ts";

type Kind = FollowUpView["kind"];

/** The first word of a name, as one would address a person ("Maria" from "Maria Chen"). */
export function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/**
 * What to do, in plain words: "Thank Maria Chen", "Ask Ben for the introduction to Dee".
 * `otherName` is the other end of the introduction the follow-up is about, when known.
 */
export function followUpTitle(f: FollowUpView, otherName?: string | null): string {
  const other = otherName ? firstWord(otherName) : null;
  switch (f.kind) {
    case "thank-you":
      return `Thank ${f.personName}`;
    case "confirm-introduction":
      return other
        ? `Check with ${firstWord(f.personName)} on the introduction to ${other}`
        : `Check with ${f.personName} on the introduction they offered`;
    case "ask-for-introduction":
      return other
        ? `Ask ${firstWord(f.personName)} for the introduction to ${other}`
        : `Ask ${f.personName} for the introduction`;
    case "check-in":
      return `Check in with ${f.personName}`;
    case "stay-in-touch":
      return `Monthly note to ${f.personName}`;
    case "plan-meeting":
      return other
        ? `Plan a meeting with ${f.personName} (introduced by ${other})`
        : `Plan a meeting with ${f.personName}`;
    case "custom":
      return f.draft.subject.trim() ? f.draft.subject : `Follow up with ${f.personName}`;
  }
}

/** The method rule behind each kind of follow-up, said the way the UI shows it. */
export const followUpRule: Record<Kind, { rule: string; hint: string } | null> = {
  "thank-you": {
    rule: "M3",
    hint: "Thank them the same day: it confirms the trust that referrals depend on.",
  },
  "confirm-introduction": {
    rule: "M11",
    hint: "They offered an introduction: accept graciously and follow it through until it is made.",
  },
  "ask-for-introduction": {
    rule: "M11",
    hint: "They mentioned someone without offering an introduction: ask for it.",
  },
  "check-in": {
    rule: "M11",
    hint: "No referral: a week later, ask whether they have had any thoughts or suggestions.",
  },
  "stay-in-touch": {
    rule: "M12",
    hint: "A short monthly note keeps you top-of-mind and may bring new referrals.",
  },
  "plan-meeting": {
    rule: "M1",
    hint: "A new introduction: plan the informational meeting while it is fresh.",
  },
  custom: null,
};

/** Whether a follow-up points at someone else through its introduction (for its title). */
export function needsOtherName(f: FollowUpView): boolean {
  return (
    f.introductionId !== null &&
    (f.kind === "confirm-introduction" ||
      f.kind === "ask-for-introduction" ||
      f.kind === "plan-meeting")
  );
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  timeZone: "UTC",
});

/** A `YYYY-MM-DD` day as "Fri, 4 Dec" (the day itself, whatever the browser's zone). */
export function formatDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : dayFormat.format(date);
}

/** "Due today", "Due tomorrow", "Due in 7 days", "3 days overdue", relative to `today`. */
export function dueText(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days === 0) return "Due today";
  if (days === 1) return "Due tomorrow";
  if (days > 1) return `Due in ${days} days`;
  if (days === -1) return "1 day overdue";
  return `${-days} days overdue`;
}

/** Still to do: due, or snoozed to a later day (done and skipped ones are closed). */
export const isOpenFollowUp = (f: FollowUpView) => f.status === "due" || f.status === "snoozed";

/** Today's date (`YYYY-MM-DD`) in a time zone: the workspace's days are counted there. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
