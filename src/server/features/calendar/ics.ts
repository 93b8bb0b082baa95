import ical, { ICalEventStatus } from "ical-generator";
import type { MeetingRecord } from "../meetings/repo.ts";

export type CalendarMeeting = MeetingRecord & {
  peopleNames: string[];
  organizationName: string | null;
};
export type CalendarFollowUp = { id: string; kind: string; personName: string; dueOn: string };

const KIND_LABEL: Record<string, string> = {
  "thank-you": "Thank",
  "confirm-introduction": "Confirm the introduction with",
  "ask-for-introduction": "Ask for an introduction from",
  "check-in": "Check in with",
  "stay-in-touch": "Stay in touch with",
  "plan-meeting": "Plan a meeting with",
  custom: "Follow up with",
};

/**
 * An iCalendar document of meetings and dated follow-ups. Meeting times are written as
 * exact instants (UTC), which every calendar shows in its own zone; the meeting's own zone
 * is named in the description. Follow-ups are all-day events on their due day.
 */
export function buildCalendar(
  name: string,
  publicUrl: string,
  meetings: CalendarMeeting[],
  followUps: CalendarFollowUp[],
): string {
  const cal = ical({ name, prodId: { company: "Warmpath", product: "Warmpath", language: "EN" } });
  for (const m of meetings) {
    const who = m.peopleNames.join(", ") || "contact";
    const brief = `${publicUrl}/meetings/${m.id}/brief`;
    cal.createEvent({
      id: `meeting-${m.id}@warmpath`,
      start: m.scheduledAt,
      end: new Date(m.scheduledAt.getTime() + m.durationMinutes * 60_000),
      summary: `${m.kind === "job-interview" ? "Job interview" : m.kind === "informational" ? "Informational meeting" : "Meeting"} with ${who}${m.organizationName ? ` (${m.organizationName})` : ""}`,
      description: `With: ${who}\nMode: ${m.mode}\nTime zone: ${m.timeZone}\nBrief: ${brief}`,
      ...(m.location ? { location: m.location } : {}),
      url: brief,
      status: m.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  for (const f of followUps) {
    const [y, mo, d] = f.dueOn.split("-").map(Number) as [number, number, number];
    cal.createEvent({
      id: `followup-${f.id}@warmpath`,
      start: new Date(Date.UTC(y, mo - 1, d)),
      allDay: true,
      summary: `${KIND_LABEL[f.kind] ?? "Follow up with"} ${f.personName}`,
      url: `${publicUrl}/`,
    });
  }
  return cal.toString();
}
