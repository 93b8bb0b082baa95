import { parseQuestionCases } from "../eval/cases.ts";
import cuesJsonl from "../fixtures/questions.cues.jsonl?raw";
import type { QuestionContext } from "../types.ts";
import { lintQuestion } from "./lint-question.ts";

// The sentences the cue tests pin, with their labels. The violation model trains on the same
// file (scripts/train-violation-model.mjs), so a decision the rules encode (decision 0010) is
// one the model learns too, and the tests check what users get: rules and model together.
export const CUE_CASES = parseQuestionCases(cuesJsonl, "fixtures/questions.cues.jsonl");
const LABELLED = new Set(CUE_CASES.map((c) => c.q));

/** The violations lintQuestion reports for a cue sentence, sorted; the sentence must be labelled. */
export function lintedRules(q: string, context: QuestionContext = {}): string[] {
  if (!LABELLED.has(q)) {
    throw new Error(`"${q}" is not in fixtures/questions.cues.jsonl, so the model never saw it`);
  }
  return lintQuestion(q, context)
    .findings.map((f) => f.rule)
    .sort();
}
