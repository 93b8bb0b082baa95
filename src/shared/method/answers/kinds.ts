/** The questions the job seeker will be asked (A1–A6), plus free practice answers. */
export type AnswerKind =
  | "tell-me-about-yourself"
  | "role"
  | "career-goals"
  | "strengths-weaknesses"
  | "why-interested"
  | "how-can-i-help"
  | "custom";

/** The elements of a good answer, per kind (method table A1–A6). */
export const ANSWER_ELEMENTS = {
  "tell-me-about-yourself": [
    "birthplace",
    "education",
    "extracurricular",
    "career-path",
    "personal",
  ],
  role: ["organization", "reporting-line", "accomplishments"],
  "career-goals": ["long-term-goal", "steps-back", "long-term-first"],
  "strengths-weaknesses": ["strength-example", "weakness-example", "weakness-action"],
  "why-interested": ["research", "tied-to-goals-or-strengths"],
  "how-can-i-help": ["organizations", "individuals"],
  custom: [],
} as const satisfies Record<AnswerKind, readonly string[]>;

/** The id of one element of a good answer. */
export type AnswerElement = (typeof ANSWER_ELEMENTS)[AnswerKind][number];

/** Every answer kind, in method order. */
export const ANSWER_KINDS = Object.keys(ANSWER_ELEMENTS) as AnswerKind[];

/**
 * Spoken-length targets in seconds. A1 is the method's 2–3 minutes (≈260–450 words at
 * 130–150 words a minute); the others are our choice: short enough to leave room for
 * the conversation (M5: avoid a mechanical question–answer rhythm), long enough to
 * carry the elements.
 */
export const TARGET_SECONDS: Readonly<Record<AnswerKind, { min: number; max: number }>> = {
  "tell-me-about-yourself": { min: 120, max: 180 },
  role: { min: 45, max: 120 },
  "career-goals": { min: 30, max: 90 },
  "strengths-weaknesses": { min: 45, max: 120 },
  "why-interested": { min: 30, max: 90 },
  "how-can-i-help": { min: 15, max: 60 },
  custom: { min: 0, max: 180 },
};

/** Speaking pace used to turn words into seconds (method: 130–150 words a minute). */
export const WORDS_PER_MINUTE = { slow: 130, fast: 150 } as const;

/** Narrows a string to an answer kind. */
export function isAnswerKind(value: string): value is AnswerKind {
  return Object.hasOwn(ANSWER_ELEMENTS, value);
}
