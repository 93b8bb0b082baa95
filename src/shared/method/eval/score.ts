import { checkAnswer } from "../answers/check-answer.ts";
import { isAnswerKind } from "../answers/kinds.ts";
import { lintQuestion } from "../questions/lint-question.ts";
import type { QuestionLevel, QuestionRule } from "../types.ts";
import { QUESTION_LEVELS, QUESTION_RULES } from "../types.ts";
import type { AnswerCase, QuestionCase } from "./cases.ts";

/** A count of correct decisions out of a total. */
export type Rate = { correct: number; total: number; accuracy: number };

/** One labelled item the engine got wrong. */
export type Miss = { text: string; expected: string; actual: string };

/** Accuracy of the question linter on labelled questions. */
export type QuestionScore = {
  violationSet: Rate;
  level: Rate;
  perRule: Record<QuestionRule, Rate>;
  perLevel: Partial<Record<QuestionLevel, Rate>>;
  misses: Miss[];
};

/** Accuracy of the answer checker on labelled answers. */
export type AnswerScore = {
  elements: Rate;
  perElement: Record<string, Rate>;
  misses: Miss[];
};

function rate(correct: number, total: number): Rate {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

function tally(map: Map<string, [number, number]>, key: string, ok: boolean): void {
  const [c, t] = map.get(key) ?? [0, 0];
  map.set(key, [c + (ok ? 1 : 0), t + 1]);
}

function rates(map: Map<string, [number, number]>): Record<string, Rate> {
  const out: Record<string, Rate> = {};
  for (const [key, [c, t]] of [...map].sort(([a], [b]) => a.localeCompare(b)))
    out[key] = rate(c, t);
  return out;
}

/**
 * Scores the linter: exact match of the violation set per question, level accuracy on
 * questions whose label has a level, and per-rule / per-level accuracy.
 */
export function scoreQuestions(cases: readonly QuestionCase[]): QuestionScore {
  let setOk = 0;
  let levelOk = 0;
  let levelTotal = 0;
  const perRule = new Map<string, [number, number]>();
  const perLevel = new Map<string, [number, number]>();
  const misses: Miss[] = [];
  for (const c of cases) {
    const result = lintQuestion(c.q);
    const got = new Set<string>(result.findings.map((f) => f.rule));
    const want = new Set<string>(c.violations);
    const same = got.size === want.size && [...want].every((r) => got.has(r));
    if (same) setOk++;
    else
      misses.push({
        text: c.q,
        expected: [...want].join(",") || "none",
        actual: [...got].join(",") || "none",
      });
    for (const rule of QUESTION_RULES) tally(perRule, rule, got.has(rule) === want.has(rule));
    if (c.level !== null) {
      levelTotal++;
      const ok = result.level === c.level;
      if (ok) levelOk++;
      else misses.push({ text: c.q, expected: c.level, actual: result.level });
      tally(perLevel, c.level, ok);
    }
  }
  const levels: Partial<Record<QuestionLevel, Rate>> = {};
  const byLevel = rates(perLevel);
  for (const level of QUESTION_LEVELS) {
    const r = byLevel[level];
    if (r) levels[level] = r;
  }
  const byRule = rates(perRule);
  const rules = Object.fromEntries(
    QUESTION_RULES.map((rule) => [rule, byRule[rule] ?? rate(0, 0)]),
  ) as Record<QuestionRule, Rate>;
  return {
    violationSet: rate(setOk, cases.length),
    level: rate(levelOk, levelTotal),
    perRule: rules,
    perLevel: levels,
    misses,
  };
}

/** Scores the answer checker: per element and overall, over every labelled element. */
export function scoreAnswers(cases: readonly AnswerCase[]): AnswerScore {
  const perElement = new Map<string, [number, number]>();
  const misses: Miss[] = [];
  let ok = 0;
  let total = 0;
  for (const c of cases) {
    if (!isAnswerKind(c.kind)) throw new Error(`unknown answer kind: ${c.kind}`);
    const result = checkAnswer(c.kind, c.text);
    for (const [id, want] of Object.entries(c.elements)) {
      const got = result.elements.find((e) => e.id === id)?.present ?? false;
      total++;
      if (got === want) ok++;
      else
        misses.push({
          text: c.text.slice(0, 100),
          expected: `${id}=${want}`,
          actual: `${id}=${got}`,
        });
      tally(perElement, `${c.kind}/${id}`, got === want);
    }
  }
  return { elements: rate(ok, total), perElement: rates(perElement), misses };
}
