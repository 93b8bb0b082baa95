import type { FollowUpKind } from "./types.ts";

export type DraftTemplate = { subject: string; body: string };

/**
 * Default e-mail templates per kind; the user can edit them per workspace. `{name}` fields
 * are filled from real data by `renderDraft`; each always has a value (whole phrases are
 * chosen when a fact is missing), so a sent message never carries a placeholder.
 */
export const DEFAULT_TEMPLATES: Record<FollowUpKind, DraftTemplate> = {
  "thank-you": {
    subject: "Thank you, {firstName}",
    body: "Hi {firstName},\n\nThank you for taking the time to speak with me {meetingWhen}. {insightLine}\n\nI really appreciate your help.\n\nBest regards,\n{myName}",
  },
  "confirm-introduction": {
    subject: "Introduction to {introducedName}",
    body: "Hi {firstName},\n\nThank you again for offering to introduce me to {introducedName}. I wanted to check whether you have had a chance to connect us. I am happy to send a short note you can forward if that makes it easier.\n\nBest regards,\n{myName}",
  },
  "ask-for-introduction": {
    subject: "Would you introduce me to {introducedName}?",
    body: "Hi {firstName},\n\nThank you again for our conversation {meetingWhen}. You mentioned {introducedName}{introducedOrganization}. Would you be comfortable introducing me? A short e-mail connecting us would be wonderful, and I am happy to send a note you can forward.\n\nBest regards,\n{myName}",
  },
  "check-in": {
    subject: "Following up on our conversation",
    body: "Hi {firstName},\n\nIt has been a week since we spoke, and thank you again for your time. Have you had any further thoughts or suggestions about people or organizations I should talk to?\n\nBest regards,\n{myName}",
  },
  "stay-in-touch": {
    subject: "A quick update from {myName}",
    body: "Hi {firstName},\n\nA quick note to keep you posted: I am still looking for the right opportunity. {recentConversations}, {plannedConversations}.\n\nThank you again for your help along the way.\n\nBest,\n{myName}",
  },
  "plan-meeting": {
    subject: "{introducerName} suggested we talk",
    body: "Hi {firstName},\n\n{introducerName} suggested I get in touch with you. I would value 20 minutes of your perspective on {topic}. Would you be open to a short conversation in the coming weeks?\n\nBest regards,\n{myName}",
  },
  custom: { subject: "", body: "" },
};

/** What a draft can say, gathered from the workspace. */
export type DraftFacts = {
  personName: string;
  personGivenName: string | null;
  myName: string;
  /** The meeting's day, as the reader would say it ("on March 3"). */
  meetingDay: string | null;
  /** Something they said (an insight from the meeting), first sentence. */
  insight: string | null;
  introducedName: string | null;
  introducedOrganization: string | null;
  introducerName: string | null;
  topic: string | null;
  /** Conversations held since the last note to this person (M12), counted up to CONVERSATIONS_COUNTED + 1. */
  conversationsSince: number;
  /** Meetings planned from today on (M12), counted up to CONVERSATIONS_COUNTED + 1. */
  plannedCount: number;
};

const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/**
 * Conversations are counted up to this many: past it the note says "more than 20", and the
 * count stays cheap however large the network.
 */
export const CONVERSATIONS_COUNTED = 20;

const conversations = (n: number) =>
  n > CONVERSATIONS_COUNTED
    ? `more than ${CONVERSATIONS_COUNTED} interesting conversations`
    : plural(n, "an interesting conversation", "interesting conversations");

/** Every field a template may use, always with a value. */
export function draftFields(f: DraftFacts): Record<string, string> {
  const firstName = f.personGivenName?.trim() || f.personName.split(/\s+/)[0] || f.personName;
  return {
    firstName,
    name: f.personName,
    myName: f.myName,
    meetingWhen: f.meetingDay ? `on ${f.meetingDay}` : "recently",
    insightLine: f.insight
      ? `I keep thinking about what you said: ${f.insight.replace(/[.!?]*$/, "")}.`
      : "I learned a lot from our conversation.",
    introducedName: f.introducedName ?? "the person you mentioned",
    introducedOrganization: f.introducedOrganization ? ` at ${f.introducedOrganization}` : "",
    introducerName: f.introducerName ?? "A mutual contact",
    topic: f.topic ?? "your field",
    recentConversations:
      f.conversationsSince > 0
        ? `I have had ${conversations(f.conversationsSince)} since we last spoke`
        : "I have been preparing for new conversations",
    plannedConversations:
      f.plannedCount > 0
        ? `and I have ${f.plannedCount > CONVERSATIONS_COUNTED ? `more than ${CONVERSATIONS_COUNTED}` : plural(f.plannedCount, "another", "more")} planned in the coming weeks`
        : "and I am planning more in the coming weeks",
  };
}

/** Fills `{field}`s; unknown fields stay as they are, for `unfilledPlaceholders` to catch. */
export function renderDraft(template: DraftTemplate, facts: DraftFacts): DraftTemplate {
  const fields = draftFields(facts);
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => fields[key] ?? whole);
  return { subject: fill(template.subject), body: fill(template.body) };
}

/** Placeholders left in a message (a sent message must have none). */
export function unfilledPlaceholders(draft: DraftTemplate): string[] {
  return [...`${draft.subject}\n${draft.body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[0]);
}
