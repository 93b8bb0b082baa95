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
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FIXTURES = `${ROOT}src/shared/method/fixtures/`;
const OUT = `${ROOT}src/shared/method/questions/level-weights.generated.ts`;

const { analyze } = await import(`${ROOT}src/shared/method/text/analyze.ts`);
const { levelFeatures, MODEL_LEVELS } = await import(
  `${ROOT}src/shared/method/questions/level-model.ts`
);

const args = process.argv.slice(2);
const holdoutIndex = args.indexOf("--holdout");
const holdout = holdoutIndex >= 0 ? args[holdoutIndex + 1] : null;
const excluded = new Set(args.flatMap((a, i) => (args[i - 1] === "--exclude" ? [a] : [])));

const sources = [
  ["dev", `${ROOT}../shared/eval/questions.dev.jsonl`],
  ...readdirSync(FIXTURES)
    .filter((f) => /^questions\..+\.jsonl$/.test(f))
    .sort()
    .map((f) => [f.replace(/^questions\.|\.jsonl$/g, ""), FIXTURES + f]),
];

function load(path) {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((c) => c.level);
}

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

let seed = 20240611;
function random() {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
}

function softmax(z) {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

const W = new Map();
const row = (f) => {
  let w = W.get(f);
  if (!w) {
    w = new Float64Array(K);
    W.set(f, w);
  }
  return w;
};
const X = train.map((c) => levelFeatures(analyze(c.q)));
const Y = train.map((c) => MODEL_LEVELS.indexOf(c.level));
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const order = X.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  for (const i of order) {
    const z = new Array(K).fill(0);
    for (const f of X[i]) {
      const w = row(f);
      for (let k = 0; k < K; k++) z[k] += w[k];
    }
    const p = softmax(z);
    for (const f of X[i]) {
      const w = row(f);
      for (let k = 0; k < K; k++) w[k] -= RATE * (p[k] - (k === Y[i] ? 1 : 0) + L2 * w[k]);
    }
  }
}

// Drop features whose weights are all negligible; round the rest.
const packed = {};
for (const [f, w] of [...W.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (Math.max(...w.map(Math.abs)) < PRUNE) continue;
  packed[f] = [...w].map((v) => Math.round(v * 100)).join(",");
}

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
  const body = Object.entries(packed)
    // Keys as the formatter writes them: bare when they are identifiers.
    .map(([f, w]) => `  ${/^[A-Za-z_$][\w$]*$/.test(f) ? f : JSON.stringify(f)}: "${w}",`)
    .join("\n");
  writeFileSync(
    OUT,
    `// Generated by scripts/train-level-model.mjs from ${train.length} labelled questions; do not edit.\n` +
      `// Each value: weights x 100 for ${MODEL_LEVELS.join(", ")}.\n` +
      `export const LEVEL_WEIGHTS: Readonly<Record<string, string>> = {\n${body}\n};\n`,
  );
  console.log(
    `wrote ${OUT}: ${Object.keys(packed).length} features from ${train.length} questions`,
  );
}
