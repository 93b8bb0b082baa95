import { z } from "zod";
import { QUESTION_LEVELS, QUESTION_RULES } from "../types.ts";

const questionCase = z.object({
  q: z.string(),
  violations: z.array(z.enum(QUESTION_RULES)),
  level: z.enum(QUESTION_LEVELS).nullable(),
});

const answerCase = z.object({
  kind: z.string(),
  text: z.string(),
  elements: z.record(z.string(), z.boolean()),
});

/** One labelled question: the set of violated rules and the level (null when it violates). */
export type QuestionCase = z.infer<typeof questionCase>;

/** One labelled answer: which elements of a good answer (A1–A6) it contains. */
export type AnswerCase = z.infer<typeof answerCase>;

function parseLines<T>(jsonl: string, schema: z.ZodType<T>, source: string): T[] {
  const out: T[] = [];
  const lines = jsonl.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${source} line ${i + 1}: not valid JSON`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(
        `${source} line ${i + 1}: ${issue?.path.join(".") ?? ""} ${issue?.message ?? "invalid"}`.trim(),
      );
    }
    out.push(parsed.data);
  });
  return out;
}

/** Parses labelled questions from JSON Lines; throws naming the first bad line. */
export function parseQuestionCases(jsonl: string, source = "questions"): QuestionCase[] {
  return parseLines(jsonl, questionCase, source);
}

/** Parses labelled answers from JSON Lines; throws naming the first bad line. */
export function parseAnswerCases(jsonl: string, source = "answers"): AnswerCase[] {
  return parseLines(jsonl, answerCase, source);
}
