#!/usr/bin/env node
// Trains the question-level tie-breaker (src/shared/method/questions/level-model.ts): a
// multinomial logistic regression over lemmatised unigrams and bigrams, from every labelled
// question in src/shared/method/fixtures/questions.*.jsonl and ../shared/eval/questions.dev.jsonl.
//
//   node --import tsx scripts/train-level-model.mjs              write level-weights.generated.ts
//   node --import tsx scripts/train-level-model.mjs --holdout holdout3
//        train without questions.holdout3.jsonl and report honest accuracy on it (writes nothing)
//   node --import tsx scripts/train-level-model.mjs --exclude holdout5
//        write weights trained without a batch not scored yet (its first look stays honest)
//
// Deterministic (seeded shuffle); no dependencies beyond the engine's own analyzer.
import { questionSources, ROOT, readCases, trainWeights, writeWeights } from "./lib/logistic.mjs";

const OUT = `${ROOT}src/shared/method/questions/level-weights.generated.ts`;

const { analyze } = await import(`${ROOT}src/shared/method/text/analyze.ts`);
const { levelFeatures, MODEL_LEVELS } = await import(
  `${ROOT}src/shared/method/questions/level-model.ts`
);

const args = process.argv.slice(2);
const holdoutIndex = args.indexOf("--holdout");
const holdout = holdoutIndex >= 0 ? args[holdoutIndex + 1] : null;
const excluded = new Set(args.flatMap((a, i) => (args[i - 1] === "--exclude" ? [a] : [])));

const sources = questionSources();
const load = (path) => readCases(path).filter((c) => c.level);

const train = sources
  .filter(([name]) => name !== holdout && !excluded.has(name))
  .flatMap(([, path]) => load(path));
const test = holdout ? load(sources.find(([name]) => name === holdout)[1]) : [];
if (holdout && test.length === 0) throw new Error(`no labelled questions in ${holdout}`);

const K = MODEL_LEVELS.length;
const EPOCHS = 60;
const RATE = 0.3;
const L2 = 1e-3;
const PRUNE = Number(process.env.PRUNE ?? 0.1);

function softmax(z) {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

const Y = train.map((c) => MODEL_LEVELS.indexOf(c.level));
const packed = trainWeights(
  train.map((c) => ({ x: levelFeatures(analyze(c.q)) })),
  {
    classes: K,
    epochs: EPOCHS,
    rate: RATE,
    l2: L2,
    prune: PRUNE,
    // Multinomial: each class's probability minus its one-hot target.
    error: (z, i) => softmax(z).map((p, k) => p - (k === Y[i] ? 1 : 0)),
  },
);

if (holdout) {
  const { levelDecision } = await import(`${ROOT}src/shared/method/questions/level.ts`);
  const predict = (q) => {
    const z = new Array(K).fill(0);
    for (const f of levelFeatures(analyze(q))) {
      const w = packed[f]?.split(",").map((v) => Number(v) / 100);
      if (w) for (let k = 0; k < K; k++) z[k] += w[k];
    }
    const p = softmax(z);
    const best = p.indexOf(Math.max(...p));
    return { level: MODEL_LEVELS[best], p: p[best] };
  };
  let rules = 0;
  let model = 0;
  for (const c of test) {
    const m = predict(c.q);
    if (m.level === c.level) model++;
    // levelDecision already consults the shipped weights; compare its pure-rule answer.
    if (levelDecision(analyze(c.q), { rulesOnly: true }).level === c.level) rules++;
  }
  const pct = (n) => `${((100 * n) / test.length).toFixed(1)} % (${n}/${test.length})`;
  console.log(`held-out ${holdout}: rules ${pct(rules)}, model ${pct(model)}`);
  console.log(`trained on ${train.length} questions, ${Object.keys(packed).length} features`);
  // The shipped policy (level.ts), with these held-out weights in place of the shipped ones.
  let hybrid = 0;
  for (const c of test) {
    if (levelDecision(analyze(c.q), { model: (a) => predict(a.text) }).level === c.level) hybrid++;
  }
  console.log(`rules with the model breaking ties: ${pct(hybrid)}`);
} else {
  writeWeights(OUT, {
    script: "train-level-model.mjs",
    questions: train.length,
    classes: `for ${MODEL_LEVELS.join(", ")}`,
    name: "LEVEL_WEIGHTS",
    packed,
  });
  console.log(
    `wrote ${OUT}: ${Object.keys(packed).length} features from ${train.length} questions`,
  );
}
