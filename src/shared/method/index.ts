// The method engine for preparing a meeting: pure functions over the method (M1–M13,
// A1–A6) with no I/O. The server, client and CLI all call through this barrel.

export type { AnswerResult, AnswerRule, ElementResult } from "./answers/check-answer.ts";
export { checkAnswer } from "./answers/check-answer.ts";
export { countWords, spokenSeconds } from "./answers/delivery.ts";
export type { AnswerElement, AnswerKind } from "./answers/kinds.ts";
export {
  ANSWER_ELEMENTS,
  ANSWER_KINDS,
  isAnswerKind,
  TARGET_SECONDS,
  WORDS_PER_MINUTE,
} from "./answers/kinds.ts";
export type { AnswerCase, QuestionCase } from "./eval/cases.ts";
export { parseAnswerCases, parseQuestionCases } from "./eval/cases.ts";
export type { AnswerScore, Miss, QuestionScore, Rate } from "./eval/score.ts";
export { scoreAnswers, scoreQuestions } from "./eval/score.ts";
export type { PlanInput, PlanItem } from "./plan/plan-questions.ts";
export { planQuestions } from "./plan/plan-questions.ts";
export { QUESTION_LIBRARY } from "./plan/question-library.ts";
export { tenureOf } from "./plan/tenure.ts";
export type { QuestionListContext } from "./questions/lint-list.ts";
export { lintQuestionList } from "./questions/lint-list.ts";
export { lintQuestion } from "./questions/lint-question.ts";
export type {
  Finding,
  ListRule,
  QuestionContext,
  QuestionLevel,
  QuestionListResult,
  QuestionResult,
  QuestionRule,
  Tenure,
} from "./types.ts";
export { QUESTION_LEVELS, QUESTION_RULES } from "./types.ts";
