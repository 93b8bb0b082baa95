import type { Finding } from "../types.ts";
import { countWords, type DeliveryRule, deliveryFindings, spokenSeconds } from "./delivery.ts";
import { goalsElements } from "./goals.ts";
import { helpElements } from "./help.ts";
import { ANSWER_ELEMENTS, type AnswerKind, TARGET_SECONDS } from "./kinds.ts";
import { roleElements } from "./role.ts";
import { evidenceOf, type Hit, type Sentence, splitSentences } from "./sentences.ts";
import { strengthsElements } from "./strengths.ts";
import { whyElements } from "./why.ts";
import { yourselfElements } from "./yourself.ts";

/** Rules an answer is checked against. */
export type AnswerRule = DeliveryRule | "missing-element";

/** Whether one element of a good answer is there, with the words that show it. */
export type ElementResult = { id: string; present: boolean; evidence: string | null };

/** The checker's verdict on one prepared answer (A1–A6, M4). */
export type AnswerResult = {
  kind: AnswerKind;
  words: number;
  spokenSeconds: { min: number; max: number };
  elements: ElementResult[];
  findings: Finding<AnswerRule>[];
};

const DETECTORS: Readonly<
  Record<AnswerKind, (sentences: readonly Sentence[]) => Record<string, Hit | null>>
> = {
  "tell-me-about-yourself": yourselfElements,
  role: roleElements,
  "career-goals": goalsElements,
  "strengths-weaknesses": strengthsElements,
  "why-interested": whyElements,
  "how-can-i-help": helpElements,
  custom: () => ({}),
};

const MISSING: Readonly<Record<string, readonly [string, string]>> = {
  birthplace: ["where you were born or grew up (A1)", "Open with where you were born or grew up."],
  education: [
    "your schooling: high school, college or university (A1)",
    "Say where you studied and what.",
  ],
  extracurricular: [
    "extra-curricular activities from your school years (A1)",
    "Add a club, team or student role.",
  ],
  "career-path": [
    "your career path so far (A1)",
    "Trace your jobs so far in two or three sentences.",
  ],
  personal: [
    "a personal detail that shows another side of you (A1)",
    "Add one thing from outside work, such as volunteer work.",
  ],
  organization: [
    "what the organization does and its scope (A2)",
    "Start with one sentence on what the organization does and how big it is.",
  ],
  "reporting-line": [
    "whom you reported to and who reported to you (A2)",
    "Give the title of your manager and of the people reporting to you.",
  ],
  accomplishments: [
    "what you accomplished (A2)",
    "Add one or two results, with numbers where you can.",
  ],
  "long-term-goal": ["your long-term goal (A3)", "Say where you want to be in ten years or more."],
  "steps-back": [
    "the steps from your goal back to now (A3)",
    "Name the steps that lead from today to that goal.",
  ],
  "long-term-first": [
    "the long-term goal said first (A3)",
    "Open with the long-term goal, then walk back to the next steps.",
  ],
  "strength-example": [
    "an example of your strength (A4)",
    "Back the strength with one specific example.",
  ],
  "weakness-example": [
    "an example of your weakness (A4)",
    "Give one specific moment the weakness showed.",
  ],
  "weakness-action": [
    "how you recognized the weakness and what you did (A4)",
    "Say how you noticed it and what you changed.",
  ],
  research: [
    "evidence of your research (A5)",
    "Mention something specific you read or learned about them.",
  ],
  "tied-to-goals-or-strengths": [
    "the link to your goals or strengths (A5)",
    "Tie the interest to your career goal or a strength.",
  ],
  organizations: [
    "named organizations you would like to be connected with (A6)",
    "Name two or three organizations you want introductions to.",
  ],
  individuals: [
    "named people you would like to meet (A6)",
    "Name the people, or the exact roles, you hope to meet.",
  ],
};

/**
 * Checks a prepared answer (M4) for the elements of a good answer to its question
 * (A1–A6), its spoken length and signs of rambling. `custom` answers get only the
 * length and delivery checks. Pure and deterministic.
 */
export function checkAnswer(
  kind: AnswerKind,
  text: string,
  options: { targetSeconds?: { min: number; max: number } } = {},
): AnswerResult {
  const sentences = splitSentences(text);
  const words = countWords(text);
  const hits = DETECTORS[kind](sentences);
  const elements: ElementResult[] = ANSWER_ELEMENTS[kind].map((id) => {
    const hit = hits[id] ?? null;
    return { id, present: hit !== null, evidence: hit ? evidenceOf(hit) : null };
  });
  const findings: Finding<AnswerRule>[] = [];
  findings.push(
    ...deliveryFindings(text, sentences, options.targetSeconds ?? TARGET_SECONDS[kind]),
  );
  for (const element of elements) {
    if (element.present) continue;
    const [label, suggestion] = MISSING[element.id] ?? [element.id, ""];
    findings.push({
      rule: "missing-element",
      message: `Missing ${element.id}: ${label}.`,
      ...(suggestion ? { suggestion } : {}),
    });
  }
  return { kind, words, spokenSeconds: spokenSeconds(words), elements, findings };
}
