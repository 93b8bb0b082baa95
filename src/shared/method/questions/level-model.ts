import type { Analyzed } from "../text/analyze.ts";
import type { QuestionLevel } from "../types.ts";
import { LEVEL_WEIGHTS } from "./level-weights.generated.ts";

// A small multinomial logistic model over lemmatised words and word pairs, trained at build
// time (scripts/train-level-model.mjs) on every labelled question fixture. The rules in
// level.ts stay in charge; the model only breaks ties where they fall back to a default
// (M8/M9 placement of unusual wordings). Pure and fast: one map lookup per feature.

/** The model's classes, in the order of each weight vector. */
export const MODEL_LEVELS = [
  "sector",
  "goals",
  "barriers",
  "differentiation",
  "tenure-change",
  "what-drew-you",
  "referral",
  "other",
] as const satisfies readonly QuestionLevel[];

const STOP = new Set([
  "the",
  "a",
  "an",
  "of",
  "to",
  "in",
  "and",
  "be",
  "do",
  "is",
  "for",
  "on",
  "at",
  "it",
  "that",
  "this",
  "with",
]);
const PUNCT = /^[?.,!;:()&$%-]$/;

/** The features of one question: unigrams (minus stop words), bigrams, first word, "you". */
export function levelFeatures(a: Analyzed): string[] {
  const lemmas = a.tokens.map((t) => t.lemma).filter((t) => !PUNCT.test(t));
  const features = new Set<string>(["bias"]);
  lemmas.forEach((lemma, i) => {
    if (!STOP.has(lemma)) features.add(`u:${lemma}`);
    const next = lemmas[i + 1];
    if (next !== undefined) features.add(`b:${lemma}_${next}`);
  });
  if (lemmas[0] !== undefined) features.add(`s:${lemmas[0]}`);
  features.add(lemmas.some((t) => t === "you" || t === "your") ? "has:you" : "no:you");
  return [...features];
}

let table: Map<string, readonly number[]> | null = null;

function weights(): Map<string, readonly number[]> {
  if (!table) {
    table = new Map();
    for (const [feature, packed] of Object.entries(LEVEL_WEIGHTS)) {
      table.set(
        feature,
        packed.split(",").map((v) => Number(v) / 100),
      );
    }
  }
  return table;
}

/** Class probabilities for one question, in MODEL_LEVELS order. */
export function levelProbabilities(a: Analyzed): number[] {
  const w = weights();
  const z = MODEL_LEVELS.map(() => 0);
  for (const feature of levelFeatures(a)) {
    const row = w.get(feature);
    if (!row) continue;
    for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + (row[k] ?? 0);
  }
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const sum = exp.reduce((s, v) => s + v, 0);
  return exp.map((v) => v / sum);
}

/** The model's best level and its probability. */
export function modelLevel(a: Analyzed): { level: QuestionLevel; p: number } {
  const p = levelProbabilities(a);
  let best = 0;
  for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
  return { level: MODEL_LEVELS[best] ?? "other", p: p[best] ?? 0 };
}
