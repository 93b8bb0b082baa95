import { describe, expect, it } from "vitest";
import { lintQuestionList } from "./lint-list.ts";

const SECTOR = "What do you see as the biggest challenges facing the insurance industry?";
const GOALS = "What are your team's top priorities for the coming year?";
const BARRIERS = "What stands in the way of reaching those goals?";
const DIFFERENTIATION = "What sets your organization apart from its competitors?";
const CHANGE = "How has the industry changed since you started here?";
const DREW = "What drew you to this company?";
const REFERRAL = "Who else would you suggest I speak with?";

describe("lintQuestionList — M8 drill-down order", () => {
  it("accepts the method's order", () => {
    const result = lintQuestionList([SECTOR, GOALS, BARRIERS, DIFFERENTIATION, REFERRAL]);
    expect(result.listFindings).toEqual([]);
    expect(result.questions.map((q) => q.level)).toEqual([
      "sector",
      "goals",
      "barriers",
      "differentiation",
      "referral",
    ]);
  });

  it("flags a question that comes after a more specific one, on that question", () => {
    const result = lintQuestionList([GOALS, BARRIERS, SECTOR, REFERRAL]);
    expect(result.listFindings).toHaveLength(1);
    expect(result.listFindings[0]).toMatchObject({ rule: "drill-down-order", index: 2 });
    expect(result.listFindings[0]?.message).toContain("question 2");
    expect(result.questions[2]?.findings.map((f) => f.rule)).toEqual(["drill-down-order"]);
    expect(result.questions[0]?.findings).toEqual([]);
  });

  it("ignores tenure, referral and other questions in the order", () => {
    const result = lintQuestionList([REFERRAL, SECTOR, CHANGE, GOALS]);
    expect(result.listFindings).toEqual([]);
  });
});

describe("lintQuestionList — M9 tenure", () => {
  it("flags a change question for someone new and a drew-you question for someone long-tenured", () => {
    const forNew = lintQuestionList([SECTOR, CHANGE], { tenure: "new" });
    expect(forNew.listFindings).toMatchObject([{ rule: "tenure-mismatch", index: 1 }]);
    expect(forNew.listFindings[0]?.suggestion).toBe("What drew you to the organization?");
    const forLong = lintQuestionList([DREW], { tenure: "long" });
    expect(forLong.listFindings).toMatchObject([{ rule: "tenure-mismatch", index: 0 }]);
  });

  it("accepts either question when tenure fits or is unknown", () => {
    expect(lintQuestionList([CHANGE], { tenure: "long" }).listFindings).toEqual([]);
    expect(lintQuestionList([DREW], { tenure: "new" }).listFindings).toEqual([]);
    expect(lintQuestionList([CHANGE, DREW]).listFindings).toEqual([]);
  });

  it("passes research notes to every question (M7)", () => {
    const result = lintQuestionList(["How big is the team in York?"], {
      research: "450 staff, offices in Leeds and York.",
    });
    expect(result.questions[0]?.findings.map((f) => f.rule)).toEqual(["answerable-from-website"]);
  });
});
