import { describe, expect, it } from "vitest";
import { CUE_CASES, lintedRules as rules } from "./cue-cases.ts";
import { lintQuestion } from "./lint-question.ts";

// General cues behind M7, M8 and M10, each worded apart from the labelled batches. The
// violation cases check the product, rules and trained model together: every sentence is
// labelled in fixtures/questions.cues.jsonl, which the model trains on.
const level = (q: string) => lintQuestion(q).level;

describe("the labelled cue sentences (fixtures/questions.cues.jsonl)", () => {
  it.each(CUE_CASES.map((c) => [c.q, c.violations] as const))("%s → %j", (q, violations) => {
    expect(rules(q)).toEqual([...violations].sort());
  });
});

describe("M7 — published facts, clause by clause", () => {
  it.each([
    // Only the second clause looks a fact up; the opinion in the first does not excuse it.
    "What has surprised you most since you joined, and when was the foundation set up?",
    "How did the observatory come to be built?",
    "How many dogs does the shelter rescue each year?",
    "What is the credit union's mission?",
    "Which aircraft does the operator have in service at the moment?",
    "Who is the current editor of the newspaper group?",
    "How long has the bakery been trading?",
    "What sorts of garden furniture do you manufacture?",
  ])("flags %s", (q) => {
    expect(rules(q)).toContain("answerable-from-website");
  });

  it.each([
    "How many visits does the night team handle?",
    "How many patients does the team look after on a typical shift?",
    "Roughly how many calls does the desk take in a day?",
    "What does your bakery give customers that a supermarket doesn't?",
    "How has the clinic changed since you started, and what do you hope it becomes?",
  ])("does not flag %s", (q) => {
    expect(rules(q)).not.toContain("answerable-from-website");
  });
});

describe("M10 — jobs and look-for, indirect wording", () => {
  it.each([
    "Is there scope for junior planners at your consultancy?",
    "Is there any requirement in your department right now?",
    "What's the usual salary for a graduate surveyor at your practice?",
  ])("flags %s as asking about jobs", (q) => {
    expect(rules(q)).toContain("asks-about-jobs");
  });

  it.each([
    "What's the usual salary for a graduate surveyor in the industry?",
    "What do the directors expect from the designers they bring on?",
  ])("does not flag %s as asking about jobs", (q) => {
    expect(rules(q)).not.toContain("asks-about-jobs");
  });

  it.each([
    "What would help a candidate get shortlisted?",
    "Is there anything the recruiters at the museum react well to?",
    "How does the panel sift applications for ranger posts?",
    "What does the ideal apprentice look like to your partners?",
    "How might someone like me get a foot in the door at the studio?",
    "Do the editors care most about clips or degrees when they take on interns?",
  ])("flags %s as asking what they look for", (q) => {
    expect(rules(q)).toEqual(["asks-what-they-look-for"]);
  });
});

describe("M8 — level cues", () => {
  it("reads a bare plural facing something as the sector", () => {
    expect(level("What pressures do regional airports face in keeping routes?")).toBe("sector");
  });

  it("reads the future shape or big picture of a field as the sector", () => {
    expect(level("What do you think rural dentistry will look like in ten years?")).toBe("sector");
    expect(level("What's the big picture for independent publishing?")).toBe("sector");
  });

  it("reads an offer an alternative lacks as differentiation", () => {
    expect(level("What does your agency offer writers that self-publishing doesn't?")).toBe(
      "differentiation",
    );
  });

  it("does not read recommending courses for someone as a referral (M11)", () => {
    expect(level("Which certificates would you recommend for someone entering payroll?")).not.toBe(
      "referral",
    );
  });
});
