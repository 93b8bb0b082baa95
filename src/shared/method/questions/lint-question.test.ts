import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintQuestion } from "./lint-question.ts";

const rules = (q: string, research?: string) =>
  lintQuestion(q, research === undefined ? {} : { research })
    .findings.map((f) => f.rule)
    .sort();

describe("lintQuestion — M10 asks-about-jobs", () => {
  it.each([
    "Are you hiring right now?",
    "Is your team currently recruiting?",
    "Do you have any openings on your team?",
    "Would you consider me for the open project coordinator role?",
    "Could you keep me in mind if something opens up in procurement?",
    "Is your firm taking on any junior associates this year?",
    "Can I send you my CV in case a role comes up?",
  ])("flags %s", (q) => {
    expect(rules(q)).toContain("asks-about-jobs");
  });

  it.each([
    "What are the biggest hiring challenges facing the tech sector today?",
    "What opportunities do you see for the sector as regulation tightens?",
    "How has the job market for nurses changed during your time in the field?",
    "What opportunities for growth do junior staff get on your team?",
    "What roles do volunteers play in your organization?",
  ])("does not flag %s", (q) => {
    expect(rules(q)).not.toContain("asks-about-jobs");
  });

  it("suggests a goals question instead", () => {
    const [finding] = lintQuestion("Do you have any openings in your department?").findings;
    expect(finding?.suggestion).toBe(
      "What is your department trying to achieve over the coming year?",
    );
    expect(lintQuestion(finding!.suggestion!).findings).toEqual([]);
  });
});

describe("lintQuestion — M10 asks-what-they-look-for", () => {
  it.each([
    "What do you look for in a candidate?",
    "What would make my application stand out to your recruiters?",
    "How do you screen resumes?",
    "What kind of background do you usually hire for?",
    "What separates a good graduate hire from a great one?",
  ])("flags %s", (q) => {
    expect(rules(q)).toEqual(["asks-what-they-look-for"]);
  });

  it.each([
    "What do customers look for when they compare your platform with others?",
    "What do you look for in a good mentor?",
    "Which skills have been most valuable in your own career?",
  ])("does not flag %s", (q) => {
    expect(rules(q)).toEqual([]);
  });

  it("reports both M10 rules in one question", () => {
    expect(rules("Are you hiring, and if so what do you look for in applicants?")).toEqual([
      "asks-about-jobs",
      "asks-what-they-look-for",
    ]);
  });
});

describe("lintQuestion — M7 answerable-from-website", () => {
  it.each([
    "When was the company founded?",
    "How many employees does the company have?",
    "Where is your head office located?",
    "What products does your company sell?",
    "Who is the CEO of your organization?",
    "What is your firm's mission statement?",
    "Is the company publicly traded?",
    "what's your organisation's head-count?",
  ])("flags %s", (q) => {
    expect(rules(q)).toEqual(["answerable-from-website"]);
  });

  it("does not flag a deeper question about a published fact", () => {
    const result = lintQuestion(
      "How does the mission statement actually show up in your team's daily decisions?",
    );
    expect(result).toMatchObject({ level: "other", findings: [] });
  });

  it("offers a deeper question on the same topic", () => {
    const [finding] = lintQuestion("What is the charity's vision statement?").findings;
    expect(finding?.suggestion).toMatch(/mission statement actually show up/);
  });

  it("flags questions the research notes already answer, and only those", () => {
    const research = "Founded in 1998, 450 staff, offices in Leeds and York.";
    expect(rules("How big is the team in York?", research)).toEqual(["answerable-from-website"]);
    expect(rules("How big is the team in York?")).toEqual([]);
    expect(rules("How big is your team?", research)).toEqual([]);
    expect(rules("How has the York office changed since you joined?", research)).toEqual([]);
    expect(rules("What are your team's priorities this year?", research)).toEqual([]);
    const [finding] = lintQuestion("How big is the team in York?", { research }).findings;
    expect(finding?.message).toContain("offices in Leeds and York");
  });
});

describe("lintQuestion — levels (M8, M9, M11)", () => {
  it.each([
    ["What do you see as the biggest challenges facing the insurance industry?", "sector"],
    ["Which forces are reshaping public health work right now?", "sector"],
    ["What's the biggest threat to independent bookstores right now?", "sector"],
    ["What are your team's top priorities for the coming year?", "goals"],
    ["Where would you like to see your department in three years?", "goals"],
    ["What stands in the way of reaching those goals?", "barriers"],
    ["Which constraints slow down your group the most?", "barriers"],
    ["What sets your organization apart from its competitors?", "differentiation"],
    ["Why do patients pick your clinic rather than the hospital down the road?", "differentiation"],
    ["How has the industry changed since you started here?", "tenure-change"],
    ["Over your fifteen years at the bank, what has changed the most?", "tenure-change"],
    ["What drew you to this company?", "what-drew-you"],
    ["You joined a few months ago - what attracted you to the role?", "what-drew-you"],
    ["Who else would you suggest I speak with to learn more about this field?", "referral"],
    ["Would you be comfortable introducing me to Maria Chen?", "referral"],
    ["What does a typical week look like for you?", "other"],
    ["If you were starting out today, what would you do differently?", "other"],
  ] as const)("%s → %s", (q, level) => {
    expect(lintQuestion(q).level).toBe(level);
  });

  it("is robust to case, contractions, British spelling and several sentences", () => {
    expect(lintQuestion("WHAT ARE YOU HIRING FOR AT THE MOMENT?").findings[0]?.rule).toBe(
      "asks-about-jobs",
    );
    expect(lintQuestion("What's your programme's biggest priority this year?").level).toBe("goals");
    expect(lintQuestion("You've been there for ages - how's the place changed?").level).toBe(
      "tenure-change",
    );
    expect(rules("I noticed you're hiring. What qualities matter most in your new hires?")).toEqual(
      ["asks-about-jobs", "asks-what-they-look-for"],
    );
  });
});

describe("lintQuestion — properties", () => {
  it("never throws, is deterministic and always names a level", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const a = lintQuestion(text);
        const b = lintQuestion(text);
        expect(b).toEqual(a);
        expect(a.question).toBe(text);
        expect(typeof a.level).toBe("string");
        for (const f of a.findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("lints a thousand questions well under a second", () => {
    const questions = Array.from(
      { length: 1000 },
      (_, i) => `What is the team ${i} trying to achieve?`,
    );
    const start = performance.now();
    for (const q of questions) lintQuestion(q);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
