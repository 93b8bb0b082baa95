import { describe, expect, it } from "vitest";
import { analyze } from "../text/analyze.ts";
import { present } from "./present-elements.ts";
import { negatedAt, splitSentences } from "./sentences.ts";

describe("negation and the clause (A1–A6)", () => {
  it("finds a negator a few words back, but not across a clause break", () => {
    const [s] = splitSentences("I haven't had time to read the report, but I read the blog.");
    const at = (word: string, from = 0) => {
      const i = s!.a.tokens.findIndex((t, k) => k >= from && t.norm === word);
      return { from: i, to: i };
    };
    expect(negatedAt(s!, at("read"), 6)).toBe(true);
    expect(negatedAt(s!, at("read", 10))).toBe(false);
  });

  it('reads "\'s" before a determiner as "is"', () => {
    expect(analyze("The skipper's my boss.").surface).toBe(" the skipper is my boss . ");
    expect(analyze("The team's goals").surface).toBe(" the team goals ");
  });

  it("does not count denied research, goals, reports or results", () => {
    expect(
      present("why-interested", "I haven't had a chance to read your annual report yet.").research,
    ).toBe(false);
    expect(
      present("career-goals", "I'm not sure what my long-term goal is yet.")["long-term-goal"],
    ).toBe(false);
    expect(
      present("role", "Nobody reports to me. I haven't really achieved much there yet."),
    ).toMatchObject({ "reporting-line": false, accomplishments: false });
  });
});

describe("wider cues — A1 tell me about yourself", () => {
  it.each([
    "Thirty-two, grew up in Dundee, now in Leeds.",
    "My native town is Madurai.",
    "Born in Cork, raised in Limerick.",
  ])("finds the birthplace in %s", (text) => {
    expect(present("tell-me-about-yourself", text).birthplace).toBe(true);
  });

  it("counts the last school year as schooling, but not a course or a place still to come", () => {
    expect(
      present("tell-me-about-yourself", "I finished Year 12 at a state high in Perth.").education,
    ).toBe(true);
    expect(
      present("tell-me-about-yourself", "I did the Guild of Master Craftsmen safety course.")
        .education,
    ).toBe(false);
    expect(
      present("tell-me-about-yourself", "I'm hoping to study nursing at college next year.")
        .education,
    ).toBe(false);
  });

  it("takes an apprenticeship or a crew job as a career path, a weekend job as no pastime", () => {
    expect(
      present(
        "tell-me-about-yourself",
        "I'm in the second year of my plumbing apprenticeship with a firm in Leeds.",
      )["career-path"],
    ).toBe(true);
    expect(
      present(
        "tell-me-about-yourself",
        "I've been a cook on a North Sea supply ship for three years.",
      )["career-path"],
    ).toBe(true);
    expect(
      present("tell-me-about-yourself", "I did two years on the weekends at a garden centre.")
        .personal,
    ).toBe(false);
  });

  it("reads a gerund before a noun as a description, not a pastime", () => {
    expect(
      present("tell-me-about-yourself", "I come from a small sailing town in Maine.").personal,
    ).toBe(false);
    expect(
      present("tell-me-about-yourself", "Outside of all that, I play the fiddle.").personal,
    ).toBe(true);
  });

  it("keeps a parents' association and community clubs out of student life", () => {
    expect(
      present("tell-me-about-yourself", "I chair the PTA at our primary school.").extracurricular,
    ).toBe(false);
    const teen = present(
      "tell-me-about-yourself",
      "I'm in sixth form. Outside of school I run a chess club for younger kids at the local library.",
    );
    expect(teen).toMatchObject({ extracurricular: false, personal: true });
  });
});

describe("wider cues — A2 to A6", () => {
  it("finds the reporting line from the titles around the speaker (A2)", () => {
    for (const text of [
      "I work for two of the directors and a senior associate.",
      "The head chef is my boss.",
      "I sit under the site foreman, and he answers to the owner.",
    ])
      expect(present("role", text)["reporting-line"]).toBe(true);
  });

  it("does not take routines or a team inside the firm for results or the organization (A2)", () => {
    expect(
      present("role", "Every evening I would check the orders that came in from the shops.")
        .accomplishments,
    ).toBe(false);
    expect(present("role", "I chaired the twice-daily safety huddles.").accomplishments).toBe(
      false,
    );
    expect(present("role", "We were a team of four within the risk function.").organization).toBe(
      false,
    );
    expect(
      present("role", "It's a retail bank, I won't bore you with the details.").organization,
    ).toBe(false);
  });

  it("reads goals named after the fact, and steps walked back with 'before' (A3)", () => {
    expect(
      present(
        "career-goals",
        "Someday I'd like my own practice with five vets. That's the dream. Before that, I need a clinical lead role. So now, I'm finishing my certificate.",
      ),
    ).toMatchObject({ "long-term-goal": true, "steps-back": true, "long-term-first": true });
    expect(
      present("career-goals", "End game, I want to run a small design studio.")["long-term-goal"],
    ).toBe(true);
  });

  it("finds examples after a heading and what was done 'so' or 'from then' (A4)", () => {
    expect(
      present(
        "strengths-weaknesses",
        "Strengths. I stay calm. I think people notice it. A good example: in 2021 our server room flooded and I ran the recovery.",
      )["strength-example"],
    ).toBe(true);
    expect(
      present(
        "strengths-weaknesses",
        "My weakness is estimates. Last spring I promised a feature in a week and it took a month. So I switched to breaking every task down first.",
      )["weakness-action"],
    ).toBe(true);
  });

  it("counts what someone told the speaker as research, not taste (A5)", () => {
    expect(
      present(
        "why-interested",
        "A former colleague who works on your claims team told me you are moving to a single platform.",
      ).research,
    ).toBe(true);
    expect(
      present("why-interested", "I saw your shop online, the furniture is really beautiful.")
        .research,
    ).toBe(false);
  });

  it("reads 'know anybody at …' as a request (A6)", () => {
    expect(present("how-can-i-help", "Know anybody at Transport for London?").organizations).toBe(
      true,
    );
  });
});
