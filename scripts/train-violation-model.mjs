#!/usr/bin/env node
// Trains the violation second reader (src/shared/method/questions/violation-model.ts): one
// binary logistic regression per rule (M7, M10) over the level model's lemmatised unigrams
// and bigrams, from every labelled question in src/shared/method/fixtures/questions.*.jsonl
// and ../shared/eval/questions.dev.jsonl.
//
// questions.cues.jsonl holds the sentences the linter's cue tests pin: deliberate decisions
// (decision 0010) such as the contact's own team's caseload not being a website fact (M7, M6).
// One sentence among two thousand is outweighed by look-alikes, so each cue case is shown
// CUE_WEIGHT times an epoch; the tests check the product (rules + model) on every one.
//
//   node --import tsx scripts/train-violation-model.mjs            write violation-weights.generated.ts
//   node --import tsx scripts/train-violation-model.mjs --exclude holdout9
//        write weights trained without a batch not scored yet (its first look stays honest)
//   node --import tsx scripts/train-violation-model.mjs --cv
//        leave-one-batch-out over the holdout batches: train on the others, score the left-out
//        batch with the rules alone and with the rules plus the model, for a grid of
//        thresholds; writes nothing. The rules are scored twice: as they are now (tuned on
//        every batch, so they flatter the rules) and as they were at each batch's first look
//        (fixtures/first-look-violations.json), the honest picture of unseen wording.
//
// Deterministic (seeded shuffle); no dependencies beyond the engine's own analyzer.
import { existsSync, readFileSync } from "node:fs";
import { questionSources, ROOT, readCases, trainWeights, writeWeights } from "./lib/logistic.mjs";

const FIXTURES = `${ROOT}src/shared/method/fixtures/`;
const OUT = `${ROOT}src/shared/method/questions/violation-weights.generated.ts`;
const FIRST_LOOK = `${FIXTURES}first-look-violations.json`;

const { analyze } = await import(`${ROOT}src/shared/method/text/analyze.ts`);
const { levelFeatures } = await import(`${ROOT}src/shared/method/questions/level-model.ts`);
const { MODEL_RULES, VIOLATION_POLICY, ruleVerdict, unpackWeights, violationProbabilities } =
  await import(`${ROOT}src/shared/method/questions/violation-model.ts`);
const { ruleFindings } = await import(`${ROOT}src/shared/method/questions/lint-question.ts`);
const { recognisedExceptions, recognisedViolations } = await import(
  `${ROOT}src/shared/method/questions/exceptions.ts`
);

const args = process.argv.slice(2);
const cv = args.includes("--cv");
const excluded = new Set(args.flatMap((a, i) => (args[i - 1] === "--exclude" ? [a] : [])));

const CUE_WEIGHT = Number(process.env.CUE_WEIGHT ?? 2);
/** How many times a source's cases are shown each epoch. */
const weightOf = (name) => (name === "cues" ? CUE_WEIGHT : 1);

const sources = questionSources().filter(([name]) => !excluded.has(name));

const data = new Map(
  sources.map(([name, path]) => [
    name,
    readCases(path).map((c) => {
      const a = analyze(c.q);
      return {
        ...c,
        a,
        n: weightOf(name),
        x: levelFeatures(a),
        y: MODEL_RULES.map((r) => c.violations.includes(r)),
      };
    }),
  ]),
);

const K = MODEL_RULES.length;
const EPOCHS = 40;
const RATE = 0.2;
const L2 = 1e-3;
const PRUNE = Number(process.env.PRUNE ?? 0.15);

/** Trains on the given cases; returns features -> packed "x 100" weights. */
const train = (cases) =>
  trainWeights(cases, {
    classes: K,
    epochs: EPOCHS,
    rate: RATE,
    l2: L2,
    prune: PRUNE,
    // One logistic model per rule: each rule's probability minus its target.
    error: (z, i) => z.map((v, k) => 1 / (1 + Math.exp(-v)) - (cases[i].y[k] ? 1 : 0)),
  });

const all = [...data.values()].flat();

if (!cv) {
  const packed = train(all);
  writeWeights(OUT, {
    script: "train-violation-model.mjs",
    questions: all.length,
    classes: `(logits) for ${MODEL_RULES.join(", ")}`,
    name: "VIOLATION_WEIGHTS",
    packed,
  });
  console.log(`wrote ${OUT}: ${Object.keys(packed).length} features from ${all.length} questions`);
  process.exit(0);
}

// Leave-one-batch-out cross-validation.
const batches = [...data.keys()].filter((n) => /^holdout\d*$/.test(n));
const firstLook = existsSync(FIRST_LOOK) ? JSON.parse(readFileSync(FIRST_LOOK, "utf8")) : {};
const ADDS = [Infinity, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];
const VETOES = [0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1];
const folds = batches.map((name) => {
  const weights = unpackWeights(train([...data].filter(([n]) => n !== name).flatMap(([, c]) => c)));
  return data.get(name).map((c, i) => ({
    want: c.violations,
    p: violationProbabilities(c.a, weights),
    now: [...new Set(ruleFindings(c.a).map((f) => f.rule))],
    first: firstLook[name]?.[i],
    // The exceptions the rules recognise now, as the product applies them (decision 0010).
    sound: recognisedExceptions(c.a),
    plain: recognisedViolations(c.a),
  }));
});
const same = (got, want) => got.length === want.length && want.every((r) => got.includes(r));
// The product's own verdict (violation-model.ts), so the CV scores what users get.
const combined = (rules, p, policy, sound, plain) =>
  MODEL_RULES.filter((r, k) =>
    ruleVerdict(
      rules.includes(r),
      p[k],
      { exception: sound.has(r), violation: plain.has(r) },
      policy,
    ),
  );
/** Mean over batches of exact violation-set accuracy, with the rules from `which`. */
function score(which, policy) {
  const per = folds.map((fold) => {
    const cases = fold.filter((c) => c[which]);
    const ok = cases.filter((c) =>
      same(policy ? combined(c[which], c.p, policy, c.sound, c.plain) : c[which], c.want),
    ).length;
    return cases.length ? ok / cases.length : null;
  });
  const known = per.filter((v) => v !== null);
  return { per, mean: known.reduce((s, v) => s + v, 0) / known.length };
}
const pct = (v) => (v === null ? "  -  " : (100 * v).toFixed(1).padStart(5));
for (const which of ["now", "first"]) {
  if (!folds.some((f) => f.some((c) => c[which]))) continue;
  const title = which === "now" ? "rules as they are now" : "rules at each batch's first look";
  console.log(`\n${title}\n${"".padEnd(18)}${batches.map((b) => b.padStart(9)).join("")}     mean`);
  const line = (label, s) =>
    console.log(
      `${label.padEnd(18)}${s.per.map((v) => pct(v).padStart(9)).join("")}    ${pct(s.mean)}`,
    );
  line("rules only", score(which));
  line(`shipped ${VIOLATION_POLICY.add}/${VIOLATION_POLICY.veto}`, score(which, VIOLATION_POLICY));
  let best = null;
  for (const add of ADDS)
    for (const veto of VETOES) {
      const s = score(which, { add, veto });
      if (args.includes("--grid")) line(`add ${add} veto ${veto}`, s);
      if (!best || s.mean > best.s.mean + 1e-9) best = { add, veto, s };
    }
  line(`best ${best.add}/${best.veto}`, best.s);
}
