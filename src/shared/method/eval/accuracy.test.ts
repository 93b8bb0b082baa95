import { describe, expect, it } from "vitest";
import devAnswers from "../../../../../shared/eval/answers.dev.jsonl?raw";
import devQuestions from "../../../../../shared/eval/questions.dev.jsonl?raw";
import extraAnswers from "../fixtures/answers.extra.jsonl?raw";
import holdoutAnswers from "../fixtures/answers.holdout.jsonl?raw";
import holdout2Answers from "../fixtures/answers.holdout2.jsonl?raw";
import holdout3Answers from "../fixtures/answers.holdout3.jsonl?raw";
import holdout4Answers from "../fixtures/answers.holdout4.jsonl?raw";
import holdout5Answers from "../fixtures/answers.holdout5.jsonl?raw";
import holdout6Answers from "../fixtures/answers.holdout6.jsonl?raw";
import holdout7Answers from "../fixtures/answers.holdout7.jsonl?raw";
import holdout8Answers from "../fixtures/answers.holdout8.jsonl?raw";
import holdout9Answers from "../fixtures/answers.holdout9.jsonl?raw";
import holdout11Answers from "../fixtures/answers.holdout11.jsonl?raw";
import holdout12Answers from "../fixtures/answers.holdout12.jsonl?raw";
import holdout13Answers from "../fixtures/answers.holdout13.jsonl?raw";
import holdout14Answers from "../fixtures/answers.holdout14.jsonl?raw";
import holdout15Answers from "../fixtures/answers.holdout15.jsonl?raw";
import holdout16Answers from "../fixtures/answers.holdout16.jsonl?raw";
import holdout17Answers from "../fixtures/answers.holdout17.jsonl?raw";
import holdout18Answers from "../fixtures/answers.holdout18.jsonl?raw";
import holdout19Answers from "../fixtures/answers.holdout19.jsonl?raw";
import holdout20Answers from "../fixtures/answers.holdout20.jsonl?raw";
import holdout21Answers from "../fixtures/answers.holdout21.jsonl?raw";
import holdout22Answers from "../fixtures/answers.holdout22.jsonl?raw";
import holdout23Answers from "../fixtures/answers.holdout23.jsonl?raw";
import holdout24Answers from "../fixtures/answers.holdout24.jsonl?raw";
import holdout25Answers from "../fixtures/answers.holdout25.jsonl?raw";
import extraQuestions from "../fixtures/questions.extra.jsonl?raw";
import holdoutQuestions from "../fixtures/questions.holdout.jsonl?raw";
import holdout2Questions from "../fixtures/questions.holdout2.jsonl?raw";
import holdout3Questions from "../fixtures/questions.holdout3.jsonl?raw";
import holdout4Questions from "../fixtures/questions.holdout4.jsonl?raw";
import holdout5Questions from "../fixtures/questions.holdout5.jsonl?raw";
import holdout6Questions from "../fixtures/questions.holdout6.jsonl?raw";
import holdout7Questions from "../fixtures/questions.holdout7.jsonl?raw";
import holdout8Questions from "../fixtures/questions.holdout8.jsonl?raw";
import holdout9Questions from "../fixtures/questions.holdout9.jsonl?raw";
import holdout11Questions from "../fixtures/questions.holdout11.jsonl?raw";
import holdout12Questions from "../fixtures/questions.holdout12.jsonl?raw";
import holdout13Questions from "../fixtures/questions.holdout13.jsonl?raw";
import holdout14Questions from "../fixtures/questions.holdout14.jsonl?raw";
import holdout15Questions from "../fixtures/questions.holdout15.jsonl?raw";
import holdout16Questions from "../fixtures/questions.holdout16.jsonl?raw";
import holdout17Questions from "../fixtures/questions.holdout17.jsonl?raw";
import holdout18Questions from "../fixtures/questions.holdout18.jsonl?raw";
import holdout19Questions from "../fixtures/questions.holdout19.jsonl?raw";
import holdout20Questions from "../fixtures/questions.holdout20.jsonl?raw";
import holdout21Questions from "../fixtures/questions.holdout21.jsonl?raw";
import holdout22Questions from "../fixtures/questions.holdout22.jsonl?raw";
import holdout23Questions from "../fixtures/questions.holdout23.jsonl?raw";
import holdout24Questions from "../fixtures/questions.holdout24.jsonl?raw";
import holdout25Questions from "../fixtures/questions.holdout25.jsonl?raw";
import { parseAnswerCases, parseQuestionCases } from "./cases.ts";
import { scoreAnswers, scoreQuestions } from "./score.ts";

// Targets for the held-out set: violation set ≥ 97 %, level ≥ 90 %, elements ≥ 95 %.
describe("accuracy on the labelled dev set", () => {
  it("keeps the question linter above target", () => {
    const score = scoreQuestions(parseQuestionCases(devQuestions));
    expect(score.violationSet.total).toBe(55);
    expect(score.violationSet.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(score.level.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the answer checker above target", () => {
    const score = scoreAnswers(parseAnswerCases(devAnswers));
    expect(score.elements.total).toBe(60);
    expect(score.elements.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe("accuracy on our own wider fixtures", () => {
  it("lints 150+ varied questions with high accuracy", () => {
    const cases = parseQuestionCases(extraQuestions);
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const score = scoreQuestions(cases);
    expect(score.violationSet.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(score.level.accuracy).toBeGreaterThanOrEqual(0.93);
  });

  it("checks 60+ varied answers with high accuracy", () => {
    const cases = parseAnswerCases(extraAnswers);
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(scoreAnswers(cases).elements.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

// Fresh batches written before tuning on them (see the fixtures' history): the hidden-set
// targets apply as thresholds, so a rule change that overfits elsewhere shows up here.
describe.each([
  ["holdout", holdoutQuestions, holdoutAnswers, 200, 60],
  ["holdout2", holdout2Questions, holdout2Answers, 100, 30],
  ["holdout3", holdout3Questions, holdout3Answers, 200, 50],
  ["holdout4", holdout4Questions, holdout4Answers, 150, 40],
  ["holdout5", holdout5Questions, holdout5Answers, 150, 48],
  ["holdout6", holdout6Questions, holdout6Answers, 200, 60],
  ["holdout7", holdout7Questions, holdout7Answers, 200, 90],
  ["holdout8", holdout8Questions, holdout8Answers, 200, 90],
  ["holdout9", holdout9Questions, holdout9Answers, 200, 90],
  ["holdout11", holdout11Questions, holdout11Answers, 200, 90],
  ["holdout12", holdout12Questions, holdout12Answers, 200, 90],
  ["holdout13", holdout13Questions, holdout13Answers, 200, 90],
  ["holdout14", holdout14Questions, holdout14Answers, 200, 90],
  ["holdout15", holdout15Questions, holdout15Answers, 200, 60],
  ["holdout16", holdout16Questions, holdout16Answers, 200, 90],
  ["holdout17", holdout17Questions, holdout17Answers, 200, 90],
  ["holdout18", holdout18Questions, holdout18Answers, 200, 90],
  ["holdout19", holdout19Questions, holdout19Answers, 200, 90],
  ["holdout20", holdout20Questions, holdout20Answers, 200, 90],
  ["holdout21", holdout21Questions, holdout21Answers, 200, 90],
  ["holdout22", holdout22Questions, holdout22Answers, 200, 90],
  ["holdout23", holdout23Questions, holdout23Answers, 200, 90],
  ["holdout24", holdout24Questions, holdout24Answers, 200, 90],
  ["holdout25", holdout25Questions, holdout25Answers, 200, 90],
])("accuracy on the %s batch", (_name, questions, answers, minQuestions, minAnswers) => {
  it("keeps the question linter at the hidden-set targets", () => {
    const cases = parseQuestionCases(questions);
    expect(cases.length).toBeGreaterThanOrEqual(minQuestions);
    const score = scoreQuestions(cases);
    expect(score.violationSet.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(score.level.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the answer checker at the hidden-set target", () => {
    const cases = parseAnswerCases(answers);
    expect(cases.length).toBeGreaterThanOrEqual(minAnswers);
    expect(scoreAnswers(cases).elements.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe("case parsing", () => {
  it("names the bad line", () => {
    expect(() =>
      parseQuestionCases('{"q":"a","violations":[],"level":"goals"}\n{oops', "q.jsonl"),
    ).toThrow("q.jsonl line 2");
    expect(() => parseQuestionCases('{"q":"a","violations":["nope"],"level":null}')).toThrow(
      "line 1",
    );
  });
});

describe("speed", () => {
  it("lints 1,000 questions well under a second", async () => {
    const { lintQuestion } = await import("../questions/lint-question.ts");
    const questions = parseQuestionCases(holdout3Questions).map((c) => c.q);
    lintQuestion("warm-up: what drew you to the firm?");
    const started = performance.now();
    for (let i = 0; i < 1000; i++) lintQuestion(questions[i % questions.length] ?? "");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
