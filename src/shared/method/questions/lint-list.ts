import type {
  Finding,
  ListRule,
  QuestionLevel,
  QuestionListResult,
  QuestionResult,
  Tenure,
} from "../types.ts";
import { lintQuestion } from "./lint-question.ts";

// M8: the drill-down order; tenure, referral and other questions sit outside it.
const DRILL_DOWN: Partial<Record<QuestionLevel, number>> = {
  sector: 0,
  goals: 1,
  barriers: 2,
  differentiation: 3,
};

/** Options for linting a whole list of questions. */
export type QuestionListContext = { research?: string; tenure?: Tenure };

function orderFinding(
  result: QuestionResult,
  earlier: QuestionResult,
  earlierIndex: number,
): Finding<ListRule> {
  return {
    rule: "drill-down-order",
    message: `This ${result.level} question comes after a more specific ${earlier.level} question (question ${earlierIndex + 1}); M8: start at the sector and drill down.`,
    suggestion: `Move it before question ${earlierIndex + 1}.`,
  };
}

function tenureFinding(level: QuestionLevel, tenure: Tenure): Finding<ListRule> | null {
  if (tenure === "new" && level === "tenure-change") {
    return {
      rule: "tenure-mismatch",
      message: "This person is new here (M9): they cannot say much about how things changed.",
      suggestion: "What drew you to the organization?",
    };
  }
  if (tenure === "long" && level === "what-drew-you") {
    return {
      rule: "tenure-mismatch",
      message: "This person has been here a long time (M9): ask what changed, not what drew them.",
      suggestion: "How has the organization changed since you joined?",
    };
  }
  return null;
}

/**
 * Lints each question (M6–M10), then the list as a whole: questions out of the M8
 * drill-down order and tenure questions that do not fit the person (M9). List findings
 * are attached to the question they concern and also returned with its index.
 */
export function lintQuestionList(
  questions: readonly string[],
  context: QuestionListContext = {},
): QuestionListResult {
  const results = questions.map((q) =>
    lintQuestion(q, context.research === undefined ? {} : { research: context.research }),
  );
  const listFindings: QuestionListResult["listFindings"] = [];
  let deepest: { rank: number; index: number } | null = null;
  results.forEach((result, index) => {
    const rank = DRILL_DOWN[result.level];
    if (rank !== undefined) {
      if (deepest && deepest.rank > rank) {
        const earlier = results[deepest.index]!;
        listFindings.push({ ...orderFinding(result, earlier, deepest.index), index });
      }
      if (!deepest || rank > deepest.rank) deepest = { rank, index };
    }
    const tenure = tenureFinding(result.level, context.tenure ?? "unknown");
    if (tenure) listFindings.push({ ...tenure, index });
  });
  for (const { index, ...finding } of listFindings) results[index]!.findings.push(finding);
  return { questions: results, listFindings };
}
