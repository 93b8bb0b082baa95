import { describe, expect, it } from "vitest";
import { present } from "./present-elements.ts";

// General cues for A1–A6, each worded apart from the labelled batches.

describe("A1 — schooling, career and another side", () => {
  it("counts abbreviated degrees and a student's class year as schooling", () => {
    expect(present("tell-me-about-yourself", "I did an MA in History at Durham.").education).toBe(
      true,
    );
    expect(
      present("tell-me-about-yourself", "I'm a junior in chemical engineering at Purdue.")
        .education,
    ).toBe(true);
    expect(
      present("tell-me-about-yourself", "I never formally studied, I learned on the job.")
        .education,
    ).toBe(false);
  });

  it("reads a job joined after a shared subject, and 'ever since', as a career path", () => {
    expect(
      present(
        "tell-me-about-yourself",
        "After my degree I moved back north and joined the county council as a planner.",
      )["career-path"],
    ).toBe(true);
    expect(
      present(
        "tell-me-about-yourself",
        "I qualified at nineteen and I've been nursing ever since.",
      )["career-path"],
    ).toBe(true);
  });

  it("does not take an instrument played for a living as a pastime, but counts being a parent", () => {
    expect(
      present("tell-me-about-yourself", "I've spent nine years playing cello in the Hallé.")
        .personal,
    ).toBe(false);
    expect(present("tell-me-about-yourself", "I'm a mum of three boys.").personal).toBe(true);
  });
});

describe("A2 — the organization and results", () => {
  it("describes an organization with a long run of modifiers, not a place to learn", () => {
    expect(
      present("role", "Ours is a two-hundred-bed acute teaching hospital in Leeds.").organization,
    ).toBe(true);
    expect(
      present("role", "It was a great place to learn how a big bank works.").organization,
    ).toBe(false);
    expect(
      present("role", "The share of trainees passing has doubled since then.").organization,
    ).toBe(false);
  });

  it("counts an irregular past beside a before-and-after figure as a result", () => {
    expect(
      present(
        "role",
        "When I took over the ward, 40 percent of discharges were late; now it is 10.",
      ).accomplishments,
    ).toBe(true);
  });
});

describe("A3 — goals said and denied", () => {
  it("reads 'long run' as the horizon and a refusal as no aim", () => {
    expect(
      present("career-goals", "Long run, I want to be running a regional hospital.")[
        "long-term-goal"
      ],
    ).toBe(true);
    expect(
      present("career-goals", "I don't want to still be on the tills in five years.")[
        "long-term-goal"
      ],
    ).toBe(false);
  });

  it("leaves the steps missing when the speaker says the way there is unknown", () => {
    const text =
      "Right now I'm a junior designer. How I'd get from here to creative director, I honestly don't know. One day I'd like to be a creative director.";
    expect(present("career-goals", text)["steps-back"]).toBe(false);
  });
});

describe("A6 — names in requests", () => {
  it("keeps a hyphenated first name a person and a past employer out of the request", () => {
    expect(
      present("how-can-i-help", "I'd love to meet Min-jun Park, the buyer you mentioned.")
        .individuals,
    ).toBe(true);
    const past =
      "My mentor, who used to work at Deloitte, says I should be patient. Could you introduce me to her old colleague Sam Ortiz?";
    expect(present("how-can-i-help", past).organizations).toBe(false);
  });

  it("carries the request into an enumerated item naming a role", () => {
    const text =
      "Two introductions, if you can. First, the Royal Horticultural Society. Second, their head of education.";
    expect(present("how-can-i-help", text).individuals).toBe(true);
  });
});
