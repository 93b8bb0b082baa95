import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkAnswer } from "./check-answer.ts";
import { ANSWER_ELEMENTS, ANSWER_KINDS } from "./kinds.ts";
import { present } from "./present-elements.ts";

describe("checkAnswer — tell me about yourself (A1)", () => {
  it.each([
    "I'm originally from Ballarat.",
    "I was born in Kumasi, Ghana.",
    "I grew up in Pune.",
    "I was born and raised in Quebec City.",
  ])("finds the birthplace in %s", (text) => {
    expect(present("tell-me-about-yourself", text).birthplace).toBe(true);
  });

  it.each([
    "I work in Ottawa now.",
    "I'm based in Vancouver right now.",
    "I grew up a lot during my time in the army.",
    "I come from a finance background.",
  ])("does not take %s for a birthplace", (text) => {
    expect(present("tell-me-about-yourself", text).birthplace).toBe(false);
  });

  it("does not count training at work, or a school one teaches at, as education", () => {
    expect(
      present(
        "tell-me-about-yourself",
        "My company just put me through a week-long in-house leadership training.",
      ).education,
    ).toBe(false);
    expect(
      present("tell-me-about-yourself", "I've been teaching high school chemistry for nine years."),
    ).toMatchObject({
      education: false,
      "career-path": true,
    });
    expect(
      present("tell-me-about-yourself", "I didn't go to university; I learned from online courses.")
        .education,
    ).toBe(false);
    expect(present("tell-me-about-yourself", "I studied economics at McGill.").education).toBe(
      true,
    );
  });

  it("tells school activities (extracurricular) from life outside work (personal)", () => {
    const student = present(
      "tell-me-about-yourself",
      "I just finished my computer science degree at UBC. Most of my time outside classes went into the Launch Pad club, and I played ultimate frisbee on the varsity team.",
    );
    expect(student).toMatchObject({
      education: true,
      extracurricular: true,
      personal: false,
      "career-path": false,
    });
    const worker = present(
      "tell-me-about-yourself",
      "Part of my current job is organizing staff engagement, so last summer I put together our company's dragon boat team. Outside of work, I'm really into pottery.",
    );
    expect(worker).toMatchObject({ extracurricular: false, personal: true });
  });

  it("gives a short snippet of the original words as evidence", () => {
    const result = checkAnswer(
      "tell-me-about-yourself",
      "Thanks for meeting me. I grew up in Pune, India.",
    );
    expect(result.elements.find((e) => e.id === "birthplace")).toEqual({
      id: "birthplace",
      present: true,
      evidence: "I grew up in Pune, India.",
    });
    expect(result.elements.find((e) => e.id === "education")?.evidence).toBeNull();
  });
});

describe("checkAnswer — role (A2)", () => {
  it("finds the organization, the reporting line and accomplishments", () => {
    expect(
      present(
        "role",
        "Harvest Link is a national food rescue charity. I was the senior manager of donor partnerships, reporting to the vice president of operations. We grew annual donations from 32 million to 51 million pounds.",
      ),
    ).toEqual({ organization: true, "reporting-line": true, accomplishments: true });
  });

  it("does not count daily duties as accomplishments", () => {
    expect(
      present(
        "role",
        "My day is mostly coordinating with the trades, planning manpower and doing safety walks.",
      ).accomplishments,
    ).toBe(false);
  });
});

describe("checkAnswer — career goals (A3)", () => {
  it("wants the long-term goal first, then the steps back", () => {
    expect(
      present(
        "career-goals",
        "Ultimately I want to be a hospital COO. To get there, I need finance experience, so next year I plan to join a capital planning project.",
      ),
    ).toEqual({ "long-term-goal": true, "steps-back": true, "long-term-first": true });
    expect(
      present(
        "career-goals",
        "Next year I'd like to move into a senior designer role. In fifteen years, my goal is to be creative director of a studio.",
      ),
    ).toMatchObject({ "long-term-goal": true, "long-term-first": false });
  });
});

describe("checkAnswer — strengths and weaknesses (A4)", () => {
  it("wants an example of each and what was done about the weakness", () => {
    expect(
      present(
        "strengths-weaknesses",
        "My biggest strength is staying calm under pressure. For example, last winter I ran a manual payroll for 800 people when the system failed. My weakness is perfectionism. On my last project I spent so long polishing a report that I missed the deadline. Since then I've started sharing drafts earlier.",
      ),
    ).toEqual({ "strength-example": true, "weakness-example": true, "weakness-action": true });
    expect(
      present("strengths-weaknesses", "My strength is detail and my weakness is public speaking."),
    ).toEqual({
      "strength-example": false,
      "weakness-example": false,
      "weakness-action": false,
    });
  });
});

describe("checkAnswer — why interested (A5)", () => {
  it("wants research and a tie to goals or strengths, not compliments", () => {
    expect(
      present(
        "why-interested",
        "I read your latest impact report on fleet emissions. My goal is to move into sustainability operations.",
      ),
    ).toEqual({ research: true, "tied-to-goals-or-strengths": true });
    expect(
      present(
        "why-interested",
        "Everyone says it's a fantastic place to work and I love the culture.",
      ),
    ).toEqual({
      research: false,
      "tied-to-goals-or-strengths": false,
    });
  });
});

describe("checkAnswer — how can I help (A6)", () => {
  it("needs named organizations and people the speaker asks to meet", () => {
    expect(
      present(
        "how-can-i-help",
        "I would be grateful for introductions at the Treasury Board Secretariat and Statistics Canada. If you could connect me with Aisha Mohammed, that would be extremely helpful.",
      ),
    ).toEqual({ organizations: true, individuals: true });
    expect(present("how-can-i-help", "I'd love to meet Dr. Hannah Cho.")).toEqual({
      organizations: false,
      individuals: true,
    });
  });

  it("does not take a former employer mentioned in passing for a request", () => {
    expect(
      present(
        "how-can-i-help",
        "I spent four years at Amazon and two at Microsoft, so I do not need help with big-tech hiring. What I would appreciate most is feedback on my portfolio.",
      ),
    ).toEqual({ organizations: false, individuals: false });
  });

  it("accepts a specific role as an individual", () => {
    expect(
      present(
        "how-can-i-help",
        "If you could connect me with the head of procurement at Metrolinx, that would help.",
      ).individuals,
    ).toBe(true);
  });
});

describe("checkAnswer — sentence-level cues (A1–A6)", () => {
  it("reads schooling and careers said in other words, and not a child's school (A1)", () => {
    expect(
      present(
        "tell-me-about-yourself",
        "I'm in second year of nursing at Dalhousie University. Before that I had two contracts at a lab, and I've been a lecturer for three years.",
      ),
    ).toMatchObject({ education: true, "career-path": true });
    expect(
      present("tell-me-about-yourself", "I coach the reading club at my daughter's school.")
        .education,
    ).toBe(false);
  });

  it("needs a described organization, a titled line and a result (A2)", () => {
    const withheld = present(
      "role",
      "It's a large bank, but I can't say which one. I took my direction from the branch manager, and I had six tellers on my team. Every day I opened the vault and trained new tellers.",
    );
    expect(withheld).toMatchObject({
      organization: false,
      "reporting-line": true,
      accomplishments: false,
    });
    const named = present(
      "role",
      "Riverside Care is a charity with 12 sites. My manager was Tom, who was kind. We see 400 clients a year, most of them referred by doctors.",
    );
    expect(named).toMatchObject({ "reporting-line": false, accomplishments: false });
  });

  it("does not put the goal first when the answer opens on the present (A3)", () => {
    const text =
      "Right now I'm a junior planner at a transit agency. My final goal, in maybe fifteen years, is to run planning for a large city. Before that I need to lead a team.";
    expect(present("career-goals", text)).toEqual({
      "long-term-goal": true,
      "steps-back": true,
      "long-term-first": false,
    });
  });

  it("reads a weakness said as 'weak on' and the course taken about it (A4)", () => {
    const text =
      "My strength is patience. A couple of years ago I calmed a room of angry tenants. I'm weak on spreadsheets. So I completed a course in Excel last spring.";
    expect(present("strengths-weaknesses", text)).toMatchObject({
      "strength-example": true,
      "weakness-action": true,
    });
  });

  it("takes facts, not the organization's self-praise, as research (A5)", () => {
    expect(
      present(
        "why-interested",
        "I saw on your website that you are a leader in clean energy and care about the future.",
      ).research,
    ).toBe(false);
    expect(
      present(
        "why-interested",
        "I've read your 2023 report on grid storage. I'm strong on modelling, and that's the goal for me.",
      ),
    ).toEqual({ research: true, "tied-to-goals-or-strengths": true });
  });

  it("follows a pronoun back to a name, and keeps listed firms as firms (A6)", () => {
    expect(
      present(
        "how-can-i-help",
        "Your colleague Amara runs the data team. Could you introduce me to her?",
      ).individuals,
    ).toBe(true);
    expect(
      present(
        "how-can-i-help",
        "Honestly, I'd love an introduction at RSM, Grant Thornton or BDO.",
      ),
    ).toEqual({ organizations: true, individuals: false });
  });
});

describe("checkAnswer — delivery (A1 length, M4)", () => {
  it("computes spoken seconds at 130–150 words a minute", () => {
    const text = Array.from({ length: 300 }, () => "word").join(" ");
    expect(checkAnswer("custom", text)).toMatchObject({
      words: 300,
      spokenSeconds: { min: 120, max: 138 },
    });
  });

  it("flags a tell-me-about-yourself outside 2–3 minutes", () => {
    const rules = (n: number) =>
      checkAnswer(
        "tell-me-about-yourself",
        Array.from({ length: n }, () => "word").join(" "),
      ).findings.map((f) => f.rule);
    expect(rules(100)).toContain("too-short");
    expect(rules(300)).not.toContain("too-short");
    expect(rules(300)).not.toContain("too-long");
    expect(rules(600)).toContain("too-long");
  });

  it("counts filler words but not ordinary uses of the same words", () => {
    const rambling = checkAnswer(
      "custom",
      "Um, so, like, I basically did, you know, sort of everything.",
    );
    expect(rambling.findings.find((f) => f.rule === "filler-words")?.message).toMatch(
      /^5 filler words/,
    );
    const clean = checkAnswer(
      "custom",
      "It is the kind of work I like. If you know anyone there, I would love to meet them.",
    );
    expect(clean.findings.map((f) => f.rule)).not.toContain("filler-words");
  });

  it("names each missing element once, and custom answers have no elements", () => {
    const result = checkAnswer("role", "I report to the CFO.");
    expect(
      result.findings.filter((f) => f.rule === "missing-element").map((f) => f.message),
    ).toEqual([
      expect.stringContaining("organization"),
      expect.stringContaining("accomplishments"),
    ]);
    expect(checkAnswer("custom", "Anything at all.").elements).toEqual([]);
  });

  it("keeps words and seconds consistent for any text (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ANSWER_KINDS), fc.string({ maxLength: 400 }), (kind, text) => {
        const r = checkAnswer(kind, text);
        expect(r.spokenSeconds.min).toBe(Math.round((r.words / 150) * 60));
        expect(r.spokenSeconds.max).toBe(Math.round((r.words / 130) * 60));
        expect(r.spokenSeconds.min).toBeLessThanOrEqual(r.spokenSeconds.max);
        expect(r.elements.map((e) => e.id)).toEqual([...ANSWER_ELEMENTS[kind]]);
        for (const e of r.elements) expect(e.present).toBe(e.evidence !== null);
      }),
      { numRuns: 200 },
    );
  });
});
