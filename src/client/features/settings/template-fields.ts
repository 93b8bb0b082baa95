import type { FollowUpTemplate } from "./search-queries.ts";

type Kind = FollowUpTemplate["kind"];

/** What each placeholder becomes; every one always has a value (a phrase when a fact is missing). */
export const placeholderHelp: Record<string, string> = {
  firstName: "their first name",
  name: "their full name",
  myName: "your name",
  meetingWhen: "“on March 3” (or “recently”)",
  insightLine: "a sentence quoting what you learned from them, or a general thanks",
  introducedName: "the person to be introduced",
  introducedOrganization: "“ at <organization>” of that person, or nothing",
  introducerName: "who introduced you",
  topic: "the subject you want their perspective on",
  recentConversations: "how many conversations you have had since your last note",
  plannedConversations: "the conversations you have planned",
};

/** The kinds of follow-up whose e-mail can be templated, in the order of the method. */
export const templateKinds: { kind: Kind; label: string; rule: string; fields: string[] }[] = [
  {
    kind: "thank-you",
    label: "Thank-you",
    rule: "M3",
    fields: ["firstName", "name", "myName", "meetingWhen", "insightLine"],
  },
  {
    kind: "ask-for-introduction",
    label: "Ask for an introduction",
    rule: "M11",
    fields: [
      "firstName",
      "name",
      "myName",
      "meetingWhen",
      "introducedName",
      "introducedOrganization",
    ],
  },
  {
    kind: "confirm-introduction",
    label: "Check on an offered introduction",
    rule: "M11",
    fields: ["firstName", "name", "myName", "introducedName", "introducedOrganization"],
  },
  {
    kind: "check-in",
    label: "One-week check-in",
    rule: "M11",
    fields: ["firstName", "name", "myName", "meetingWhen"],
  },
  {
    kind: "stay-in-touch",
    label: "Monthly stay-in-touch",
    rule: "M12",
    fields: ["firstName", "name", "myName", "recentConversations", "plannedConversations"],
  },
  {
    kind: "plan-meeting",
    label: "Meeting request after an introduction",
    rule: "M1",
    fields: ["firstName", "name", "myName", "introducerName", "topic"],
  },
];

/** `{fields}` in a template that Warmpath does not know: they would block sending. */
export function unknownPlaceholders(text: string): string[] {
  const found = [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "");
  return [...new Set(found.filter((f) => !(f in placeholderHelp)))].map((f) => `{${f}}`);
}
