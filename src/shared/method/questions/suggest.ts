import type { Analyzed } from "../text/analyze.ts";
import type { WebsiteTopic } from "./website-rule.ts";

const UNITS = ["team", "department", "division", "group", "unit", "office", "practice", "lab"];

/** The unit of the organization a question talks about, for rewrites ("your team"). */
export function unitOf(a: Analyzed): string {
  for (const t of a.tokens) if (UNITS.includes(t.lemma)) return t.lemma;
  return "team";
}

/** M10: a goals question that asks what a jobs question was really after. */
export function jobsSuggestion(a: Analyzed): string {
  return `What is your ${unitOf(a)} trying to achieve over the coming year?`;
}

/** M10: a question about their own path instead of what they look for in candidates. */
export function lookForSuggestion(a: Analyzed): string {
  const unit = unitOf(a);
  return `Which skills have made the biggest difference in your own work on the ${unit}?`;
}

const DEEPER_BY_TOPIC: Readonly<Record<WebsiteTopic, string>> = {
  founding: "How has the organization's history shaped the way it works today?",
  size: "How has the organization's growth changed the way your team works?",
  locations: "How do the different offices work together day to day?",
  offerings: "Which of your products or services matters most to your team's goals this year?",
  leadership: "How does the leadership's direction shape your team's priorities?",
  mission: "How does the mission statement actually show up in your team's daily decisions?",
  clients: "Why do clients choose your organization over the alternatives?",
  ownership: "How does the way the organization is owned shape its priorities?",
  finances: "What are the organization's main goals for growth over the next few years?",
  profile: "What is the organization proudest of that does not show up on its website?",
};

/** M7: a deeper question about the same topic as a website fact. */
export function websiteSuggestion(topic: WebsiteTopic): string {
  return DEEPER_BY_TOPIC[topic];
}

/** M7: build on a fact from the research notes instead of asking for it. */
export function researchSuggestion(clause: string): string {
  const fact = clause.replace(/[.!?\s]+$/, "");
  const lowered = /^[A-Z][a-z]/.test(fact) ? fact[0]!.toLowerCase() + fact.slice(1) : fact;
  return `I read about ${lowered} — what has that meant for your team?`;
}
