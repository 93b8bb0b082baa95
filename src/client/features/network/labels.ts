import type { IntroductionStatus } from "../../../shared/api/network.ts";

type MeetingStatus = "planned" | "held" | "cancelled";
type MeetingMode = "in-person" | "video" | "phone";
type MeetingKind = "informational" | "job-interview" | "other";

/** How each introduction status reads, and what the method says to do about it (M11). */
export const introductionStatus: Record<
  IntroductionStatus,
  { label: string; color: string; hint: string }
> = {
  offered: {
    label: "Offered",
    color: "blue",
    hint: "They offered to introduce you: accept graciously and follow it through (M11).",
  },
  "to-ask": {
    label: "To ask",
    color: "orange",
    hint: "They mentioned this person but offered no introduction: ask for it (M11).",
  },
  asked: { label: "Asked", color: "violet", hint: "You asked for the introduction." },
  made: { label: "Made", color: "green", hint: "The introduction happened." },
  declined: { label: "Declined", color: "gray", hint: "They would rather not introduce you." },
};

export const introductionStatuses = Object.keys(introductionStatus) as IntroductionStatus[];

export const meetingStatus: Record<MeetingStatus, { label: string; color: string }> = {
  planned: { label: "Planned", color: "blue" },
  held: { label: "Held", color: "green" },
  cancelled: { label: "Cancelled", color: "gray" },
};

export const meetingMode: Record<MeetingMode, string> = {
  "in-person": "In person",
  video: "Video call",
  phone: "Phone call",
};

export const meetingKind: Record<MeetingKind, string> = {
  informational: "Informational meeting",
  "job-interview": "Job interview",
  other: "Other meeting",
};

/** Why a large network's graph shows only the people on the listed paths. */
export function partialGraphNote(shown: number, total: number): string {
  const paths = (n: number) => (n === 1 ? "1 path" : `${n} paths`);
  return shown === total
    ? `Your network is large, so only the people on the ${paths(shown)} to decision-makers listed here are drawn.`
    : `Your network is large, so only the people on the ${paths(shown)} listed here are drawn (of ${paths(total)} to decision-makers).`;
}
