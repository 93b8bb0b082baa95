import type { QuestionLevel } from "../types.ts";

/**
 * Good questions by level (M6–M9), written so the contact can answer from experience.
 * `{org}` and `{sector}` are filled in by the planner.
 */
export const QUESTION_LIBRARY: Readonly<
  Record<Exclude<QuestionLevel, "other">, readonly string[]>
> = {
  sector: [
    "What do you see as the biggest challenges facing {sector} over the next few years?",
    "Which trends are reshaping {sector} right now?",
    "Where do you see the most opportunity in {sector} as it changes?",
  ],
  goals: [
    "What are your team's top priorities for the coming year?",
    "What is {org} trying to achieve over the next eighteen months?",
    "What would success look like for your group a year from now?",
  ],
  barriers: [
    "What stands in the way of reaching those goals?",
    "Which constraints slow your team down the most?",
    "What would make those priorities easier to deliver?",
  ],
  differentiation: [
    "What sets {org} apart from its competitors?",
    "Why do clients choose {org} over the alternatives?",
  ],
  "tenure-change": [
    "How has {sector} changed since you started?",
    "How is {org} different today from when you joined?",
  ],
  "what-drew-you": ["What drew you to {org}?", "What made you decide to join {org}?"],
  referral: [
    "Who else would you suggest I speak with to learn more about {sector}?",
    "Are there any organizations you think I should connect with?",
    "Would it be all right if I mentioned your name when I reach out to them?",
  ],
};
