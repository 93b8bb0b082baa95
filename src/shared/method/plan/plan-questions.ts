import { lintQuestion } from "../questions/lint-question.ts";
import type { QuestionLevel, Tenure } from "../types.ts";
import { QUESTION_LIBRARY } from "./question-library.ts";

/** What the planner knows about the meeting. */
export type PlanInput = {
  tenure: Tenure;
  research?: string;
  organizationName?: string;
  sector?: string;
};

/** One step of the proposed meeting: a question to ask, or a choice for the user. */
export type PlanItem =
  | { kind: "question"; level: QuestionLevel; text: string; rule: string }
  | {
      kind: "prompt";
      level: "tenure-change" | "what-drew-you";
      text: string;
      rule: string;
      choices: Array<{ tenure: "long" | "new"; text: string }>;
    };

const RULE_BY_LEVEL: Partial<Record<QuestionLevel, string>> = {
  sector: "M8",
  goals: "M8",
  barriers: "M8",
  differentiation: "M8",
  "tenure-change": "M9",
  "what-drew-you": "M9",
  referral: "M1",
};

function fill(template: string, input: PlanInput): string {
  const org = input.organizationName?.trim() || "the organization";
  const named = input.sector?.trim();
  // "health care" → "the health care sector", so the question reads as sector-level (M8).
  const sector = !named
    ? "the industry"
    : /\b(?:industry|sector|field|profession|market|space|trade)$/i.test(named)
      ? `the ${named.replace(/^the\s+/i, "")}`
      : `the ${named} sector`;
  const filled = template.replaceAll("{org}", org).replaceAll("{sector}", sector);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

function pick(level: Exclude<QuestionLevel, "other">, count: number, input: PlanInput): PlanItem[] {
  const research = input.research;
  return (
    QUESTION_LIBRARY[level]
      .map((template) => fill(template, input))
      // M7: drop a library question the user's own research notes already answer.
      .filter((text) => lintQuestion(text, research ? { research } : {}).findings.length === 0)
      .slice(0, count)
      .map((text) => ({ kind: "question", level, text, rule: RULE_BY_LEVEL[level] ?? "M8" }))
  );
}

/**
 * Proposes the questions for a meeting in the method's order: the sector first, then
 * the drill-down (goals → barriers → differentiation, M8), then the tenure question that
 * fits the person (M9; a prompt to the user when tenure is unknown), then referrals (M1).
 */
export function planQuestions(input: PlanInput): PlanItem[] {
  const plan: PlanItem[] = [
    ...pick("sector", 2, input),
    ...pick("goals", 2, input),
    ...pick("barriers", 2, input),
    ...pick("differentiation", 1, input),
  ];
  const change = pick("tenure-change", 1, input)[0];
  const drew = pick("what-drew-you", 1, input)[0];
  if (input.tenure === "long" && change) plan.push(change);
  else if (input.tenure === "new" && drew) plan.push(drew);
  else if (input.tenure === "unknown" && change && drew) {
    plan.push({
      kind: "prompt",
      level: "tenure-change",
      rule: "M9",
      text: "How long has this person been there? Ask what changed if it has been a while, or what drew them if they are new.",
      choices: [
        { tenure: "long", text: change.text },
        { tenure: "new", text: drew.text },
      ],
    });
  }
  plan.push(...pick("referral", 2, input));
  return plan;
}
