import type { StandardAnswerKind } from "../../../shared/api/prepare.ts";

/** What each element of a good answer is, in the words of the method's table (A1–A6). */
export const ELEMENT_LABELS: Readonly<Record<string, string>> = {
  birthplace: "Where you were born or grew up",
  education: "High school, college or university",
  extracurricular: "Extra-curricular activities",
  "career-path": "Your career path so far",
  personal: "A personal detail that shows another side of you",
  organization: "What the organization does, and its scope",
  "reporting-line": "Whom you reported to, and who reported to you",
  accomplishments: "A summary of what you accomplished",
  "long-term-goal": "Your long-term goal",
  "steps-back": "The steps back from that goal to now",
  "long-term-first": "The long-term goal said first",
  "strength-example": "An example of a strength",
  "weakness-example": "An example of a weakness",
  "weakness-action": "How you recognized the weakness and what you did about it",
  research: "Evidence of your research",
  "tied-to-goals-or-strengths": "The interest tied to your career goals or strengths",
  organizations: "Named organizations you would like to be connected with",
  individuals: "Named individuals you would like to meet",
};

/** "Where you were born or grew up" for an element id; the id itself when unknown. */
export function elementLabel(id: string): string {
  return ELEMENT_LABELS[id] ?? id;
}

export type AnswerGuide = {
  /** The method's id for the question (A1–A6). */
  rule: string;
  /** What a good answer contains, from method.md. */
  contains: string;
};

/** The method's table "what a good answer contains", per expected question (A1–A6). */
export const ANSWER_GUIDES: Readonly<Record<StandardAnswerKind, AnswerGuide>> = {
  "tell-me-about-yourself": {
    rule: "A1",
    contains:
      "A 2–3 minute spoken snapshot: where you were born; high school and college; extra-curricular activities; your career path so far; and a personal detail that shows another side of you, such as volunteer work.",
  },
  role: {
    rule: "A2",
    contains:
      "What the organization does and its scope; the title of the person you reported to and of those who reported to you; a summary of what you accomplished.",
  },
  "career-goals": {
    rule: "A3",
    contains: "The long-term goal first, then the steps back from it to where you are now.",
  },
  "strengths-weaknesses": {
    rule: "A4",
    contains:
      "An example for each; for the weakness, how you recognized it and what you did about it.",
  },
  "why-interested": {
    rule: "A5",
    contains:
      "Evidence of your research, and the interest tied to your career goals and your strengths.",
  },
  "how-can-i-help": {
    rule: "A6",
    contains:
      "Named organizations and named individuals you would like to be connected with — the referrals the meeting is for (M1).",
  },
};

/** Why answers are written before the meeting at all (M4). */
export const WHY_WRITE_ANSWERS =
  "Written and rehearsed before the meeting: someone inventing answers on the spot loses eye contact, fidgets, rambles and leaves out important facts (M4).";

/** The guide for a kind, or null for the job seeker's own questions. */
export function guideFor(kind: string): AnswerGuide | null {
  return Object.hasOwn(ANSWER_GUIDES, kind) ? ANSWER_GUIDES[kind as StandardAnswerKind] : null;
}
