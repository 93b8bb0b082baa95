import { describe, expect, it } from "vitest";
import { answerStatus, clock, lengthFit, spokenRange, targetRange } from "./answer-status.ts";

const element = (present: boolean) => ({ id: "x", present, evidence: null });

describe("answerStatus", () => {
  it("is empty without words", () => {
    expect(answerStatus({ words: 0, elements: [element(false)], findings: [] })).toBe("empty");
  });
  it("needs work while an element is missing or a finding remains", () => {
    expect(answerStatus({ words: 9, elements: [element(false)], findings: [] })).toBe("needs-work");
    const finding = { rule: "too-short", message: "short" };
    expect(answerStatus({ words: 9, elements: [element(true)], findings: [finding] })).toBe(
      "needs-work",
    );
  });
  it("is ready with every element and no finding", () => {
    expect(answerStatus({ words: 300, elements: [element(true)], findings: [] })).toBe("ready");
  });
});

describe("spoken length", () => {
  it("formats minutes and seconds", () => {
    expect(clock(125)).toBe("2:05");
    expect(clock(0)).toBe("0:00");
    expect(spokenRange({ min: 125, max: 145 })).toBe("2:05–2:25");
    expect(spokenRange({ min: 2, max: 2 })).toBe("0:02");
  });
  it("says whole-minute targets in minutes (A1: 2–3 minutes)", () => {
    expect(targetRange({ min: 120, max: 180 })).toBe("2–3 min");
    expect(targetRange({ min: 45, max: 120 })).toBe("0:45–2:00");
  });
  it("places the spoken range against the target band", () => {
    const target = { min: 120, max: 180 };
    expect(lengthFit({ min: 0, max: 0 }, target)).toBe("none");
    expect(lengthFit({ min: 90, max: 110 }, target)).toBe("short");
    expect(lengthFit({ min: 110, max: 125 }, target)).toBe("within");
    expect(lengthFit({ min: 181, max: 210 }, target)).toBe("long");
  });
});
