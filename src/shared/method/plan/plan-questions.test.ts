import { describe, expect, it } from "vitest";
import { lintQuestion } from "../questions/lint-question.ts";
import { planQuestions } from "./plan-questions.ts";
import { tenureOf } from "./tenure.ts";

describe("tenureOf (M9)", () => {
  it.each([
    ["2025-09-01", "2026-03-01", "new"],
    ["2025-03-02", "2026-03-01", "new"],
    ["2025-03-01", "2026-03-01", "unknown"],
    ["2024-06-01", "2026-03-01", "unknown"],
    ["2024-03-01", "2026-03-01", "long"],
    ["2011", "2026-03-01", "long"],
    ["2027-01-01", "2026-03-01", "unknown"],
    ["not a date", "2026-03-01", "unknown"],
  ] as const)("started %s, today %s → %s", (startedAt, today, tenure) => {
    expect(tenureOf(startedAt, today)).toBe(tenure);
  });

  it("is unknown without a start date", () => {
    expect(tenureOf(null, "2026-03-01")).toBe("unknown");
  });
});

describe("planQuestions (M8, M9)", () => {
  const levels = (tenure: "long" | "new" | "unknown") =>
    planQuestions({ tenure, organizationName: "Northwind", sector: "health care" }).map(
      (i) => i.level,
    );

  it("orders sector → drill-down → tenure → referral", () => {
    expect([...new Set(levels("long"))]).toEqual([
      "sector",
      "goals",
      "barriers",
      "differentiation",
      "tenure-change",
      "referral",
    ]);
  });

  it("asks someone new what drew them", () => {
    expect(levels("new")).toContain("what-drew-you");
    expect(levels("new")).not.toContain("tenure-change");
  });

  it("prompts the user when tenure is unknown", () => {
    const plan = planQuestions({ tenure: "unknown" });
    const prompt = plan.find((item) => item.kind === "prompt");
    expect(prompt).toMatchObject({ kind: "prompt", rule: "M9" });
    expect(prompt?.kind === "prompt" && prompt.choices.map((c) => c.tenure)).toEqual([
      "long",
      "new",
    ]);
  });

  it("fills placeholders and proposes only questions that pass the linter", () => {
    const plan = planQuestions({
      tenure: "long",
      organizationName: "Northwind",
      sector: "health care",
    });
    const texts = plan.map((item) => item.text);
    expect(texts.some((t) => t.includes("Northwind"))).toBe(true);
    expect(texts.some((t) => t.includes("health care"))).toBe(true);
    expect(texts.every((t) => !t.includes("{"))).toBe(true);
    for (const item of plan) {
      if (item.kind === "question") {
        expect(lintQuestion(item.text)).toMatchObject({ level: item.level, findings: [] });
      }
    }
  });

  it("drops library questions the research notes already answer (M7)", () => {
    const withResearch = planQuestions({
      tenure: "long",
      organizationName: "Northwind",
      research:
        "Northwind's top priorities for the coming year are digital records and recruitment.",
    });
    expect(withResearch.map((i) => i.text)).not.toContain(
      "What are your team's top priorities for the coming year?",
    );
  });
});
