/** Where a question sits in the M8 drill-down, or which M9 / referral slot it fills. */
export type QuestionLevel =
  | "sector"
  | "goals"
  | "barriers"
  | "differentiation"
  | "tenure-change"
  | "what-drew-you"
  | "referral"
  | "other";

/** Rules checked on one question (M7, M10). */
export type QuestionRule =
  | "asks-about-jobs"
  | "asks-what-they-look-for"
  | "answerable-from-website";

/** Rules checked on a list of questions (M8 order, M9 tenure). */
export type ListRule = "drill-down-order" | "tenure-mismatch";

/** How long the contact has been at the organization (M9). */
export type Tenure = "long" | "new" | "unknown";

/** One problem found, with a one-sentence explanation and, where possible, a better wording. */
export type Finding<R extends string = string> = {
  rule: R;
  message: string;
  suggestion?: string;
};

/** Optional knowledge about the organization, e.g. notes taken from its website (M7). */
export type QuestionContext = { research?: string };

/** The linter's verdict on one question. */
export type QuestionResult = {
  question: string;
  level: QuestionLevel;
  findings: Finding<QuestionRule | ListRule>[];
};

/** The linter's verdict on a list of questions. */
export type QuestionListResult = {
  questions: QuestionResult[];
  /** List-level findings with the index of the question they concern. */
  listFindings: Array<Finding<ListRule> & { index: number }>;
};

export const QUESTION_LEVELS = [
  "sector",
  "goals",
  "barriers",
  "differentiation",
  "tenure-change",
  "what-drew-you",
  "referral",
  "other",
] as const satisfies readonly QuestionLevel[];

export const QUESTION_RULES = [
  "asks-about-jobs",
  "asks-what-they-look-for",
  "answerable-from-website",
] as const satisfies readonly QuestionRule[];
