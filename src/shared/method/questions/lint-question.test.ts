import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyze } from "../text/analyze.ts";
import { lintedRules } from "./cue-cases.ts";
import { lintQuestion, ruleFindings } from "./lint-question.ts";

// These cases check what users get, the hand-written cues (M7, M10) and the trained model
// together; every sentence is labelled in fixtures/questions.cues.jsonl, which the model
// trains on. The model's part on unseen wording is measured on the batches (decision 0010).
const rules = (q: string, research?: string) =>
  lintedRules(q, research === undefined ? {} : { research });

describe("lintQuestion — the trained second reader (M10)", () => {
  it("adds a plain ask no cue knows, worded as the rule words it", () => {
    const q = "Which skills should I brush up on to get past the first round at your firm?";
    expect(ruleFindings(analyze(q))).toEqual([]);
    const findings = lintQuestion(q).findings;
    expect(findings.map((f) => f.rule)).toEqual(["asks-what-they-look-for"]);
    expect(findings[0]?.message).toContain("(M10)");
    expect(findings[0]?.suggestion).toBeTruthy();
  });

  it("keeps a finding taken from the research notes (M7)", () => {
    const research = "The clinic opened in 2009.";
    expect(lintQuestion("When did the clinic open?", { research }).findings.length).toBe(1);
  });
});

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

describe("lintQuestion — sentence-level cues", () => {
  it.each([
    // M10: an embedded yes/no question, an opening "freeing up", the odds of an interview.
    ["Would you happen to know whether the lab is recruiting technicians?", ["asks-about-jobs"]],
    ["Is anything likely to be freeing up in your group next year?", ["asks-about-jobs"]],
    ["What are my odds of landing an interview with your firm?", ["asks-about-jobs"]],
    // M10: the judge named after an auxiliary; the contact's own hiring is their path (M6).
    ["What do senior editors value in the juniors they promote?", ["asks-what-they-look-for"]],
    ["How did you get hired at the studio in the first place?", []],
    ["How do you choose who is shortlisted for the trainee intake?", ["asks-what-they-look-for"]],
    // M7: yes/no and embedded look-ups of published facts.
    ["Does the museum sell annual memberships?", ["answerable-from-website"]],
    ["Which retailers are your biggest customers?", ["answerable-from-website"]],
    ["Since when has the cooperative been trading?", ["answerable-from-website"]],
    ["Can you remind me what the foundation says its mission is?", ["answerable-from-website"]],
    ["Who runs the housing department at the council?", ["answerable-from-website"]],
    ["Which diseases is your portfolio focused on?", ["answerable-from-website"]],
    ["Does the company offer mentoring to junior staff?", []],
    ["Is the team open to new ideas from outside?", []],
  ] as const)("%s → %j", (q, expected) => {
    expect(rules(q)).toEqual([...expected].sort());
  });

  it.each([
    // M11: a request to connect, and openness to a chat.
    ["Could you connect us, if she has time?", "referral"],
    ["Is there someone on the policy desk who'd be up for a quick coffee?", "referral"],
    // M9: a moment of choice, a bare field after "why", a participial tenure clause.
    ["When did you realize you wanted to go into nursing?", "what-drew-you"],
    ["Why architecture, of all things?", "what-drew-you"],
    ["Having worked there since the merger, how has the culture shifted?", "tenure-change"],
    ["What changed in the product while you were on that team?", "tenure-change"],
    // M8: missing goals and "hard for … to" are barriers; "versus" needs a rival.
    ["If the clinic falls short this year, what will be the cause?", "barriers"],
    ["What makes it harder for the department to hit its targets?", "barriers"],
    ["What is the charity doing that most other charities are not?", "differentiation"],
    ["How much of your week is strategy versus delivery?", "other"],
    // M8: a whole field, or a region as a place, is the sector level.
    ["From where you sit, what worries hospital pharmacy as a whole?", "sector"],
    ["Could you describe the biggest threats to family farms in the region?", "sector"],
    // M6: the contact's own path, and a goal's effect on daily work, are "other".
    ["Walk me through the career path that led you to product.", "other"],
    ["The new strategy sets a growth target - what does that mean day to day for you?", "other"],
    ["Who in the planning department should I talk to?", "referral"],
  ] as const)("%s → %s", (q, level) => {
    expect(lintQuestion(q).level).toBe(level);
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

describe("lintQuestion — wider cues (M7, M10, M8)", () => {
  it.each([
    // Pay for a job at the organization, asked by role; being taken on; room on a team.
    "How much does a junior surveyor earn at your firm?",
    "Would the studio take me on as a runner?",
    "Is there room in your department for someone with my background?",
    "Is the clinic taking on any vets or clerks this autumn?",
    "Any chance of a lab technician post at the institute?",
    "Is there a post going in the finance team?",
    "Would any teaching posts be free after Easter?",
  ])("flags %s under M10 (jobs)", (q) => {
    expect(rules(q)).toContain("asks-about-jobs");
  });

  it.each([
    "The chain opened three new stores in spring: what do you expect those openings to change?",
    "Is there a blog post you would recommend on the new rules?",
    "Was there a post open to comments about the merger?",
  ])("does not take %s for a jobs question", (q) => {
    expect(rules(q)).not.toContain("asks-about-jobs");
  });

  it.each([
    "How could someone like me get hired at the museum?",
    "What are partners really looking for in junior associates?",
    "Which qualities does the agency want from the copywriters it takes on?",
    "What makes a strong writing sample for your desk?",
    "What's the quickest way to get my foot in the door at the council?",
  ])("flags %s under M10 (look-for)", (q) => {
    expect(rules(q)).toContain("asks-what-they-look-for");
  });

  it("carries the people being taken on into a later pronoun", () => {
    expect(rules("Do you take on apprentices, and what do you want from them?")).toEqual([
      "asks-about-jobs",
      "asks-what-they-look-for",
    ]);
  });

  it.each([
    "How many pharmacists does the chain employ?",
    "Which airlines use the airport?",
    "Which banks does your firm act for?",
    "What crops does the estate grow?",
    "Who owns the brewery?",
    "Has the hotel won any awards?",
  ])("flags the published fact in %s (M7)", (q) => {
    expect(rules(q)).toEqual(["answerable-from-website"]);
  });

  it("places comparisons, first jobs and sector barriers (M8, M6)", () => {
    expect(lintQuestion("How do your prices compare with the big chains?").level).toBe(
      "differentiation",
    );
    expect(lintQuestion("How did you get your first job in publishing?").level).toBe("other");
    expect(lintQuestion("What is holding back heat pumps across the sector right now?").level).toBe(
      "sector",
    );
    expect(lintQuestion("Which books would you recommend to someone new to tax law?").level).toBe(
      "other",
    );
  });
});
