import { describe, expect, it } from "vitest";
import { insertionIndex, moveItem, moveTarget } from "./question-order.ts";

describe("insertionIndex (M8)", () => {
  it("puts a question before the first one that drills deeper", () => {
    expect(insertionIndex(["sector", "barriers", "referral"], "goals")).toBe(1);
    expect(insertionIndex(["goals", "barriers"], "sector")).toBe(0);
  });
  it("puts it after the drill-down, ahead of tenure and referral questions", () => {
    expect(insertionIndex(["sector", "goals", "tenure-change", "referral"], "barriers")).toBe(2);
    expect(insertionIndex(["referral"], "sector")).toBe(0);
    expect(insertionIndex([], "differentiation")).toBe(0);
  });
  it("appends tenure, referral and other questions", () => {
    expect(insertionIndex(["sector", "goals"], "referral")).toBe(2);
    expect(insertionIndex(["sector"], "other")).toBe(1);
  });
});

describe("moveTarget", () => {
  it("reads the 1-based question number of a drill-down finding", () => {
    expect(moveTarget("drill-down-order", "Move it before question 2.")).toBe(1);
  });
  it("is null for rewrites", () => {
    expect(moveTarget("asks-about-jobs", "What is your team trying to achieve?")).toBeNull();
    expect(moveTarget("drill-down-order", undefined)).toBeNull();
  });
});

describe("moveItem", () => {
  it("moves without mutating", () => {
    const items = ["a", "b", "c"];
    expect(moveItem(items, 2, 0)).toEqual(["c", "a", "b"]);
    expect(items).toEqual(["a", "b", "c"]);
  });
});
