import { describe, expect, it } from "vitest";
import { present, role, yourself } from "./present-elements.ts";

// General cues for A1, A2, A5 and A6 added with batch 9 (decision 0010), each worded apart
// from the labelled batch.

describe("A1 — denied schooling and student life, study time, family in the origin story", () => {
  it("reads a degree or club denied in its clause as missing", () => {
    expect(yourself("I haven't got a degree; I learned the trade on site.").education).toBe(false);
    expect(
      yourself("I hadn't finished college yet; I was in my final year of a BSc.").education,
    ).toBe(true);
    expect(
      yourself("At college I never joined any societies, because I was commuting.").extracurricular,
    ).toBe(false);
  });

  it("does not take a trade or customs union for a student union", () => {
    expect(
      yourself("I did my degree at Leeds. I worked on the customs union with our neighbours there.")
        .extracurricular,
    ).toBe(false);
  });

  it("keeps study time and a childhood move out of the personal detail, but counts children", () => {
    expect(
      yourself("I did an accounting certificate at the polytechnic, in the evenings.").personal,
    ).toBe(false);
    expect(yourself("My parents moved to Leeds when I was six.").personal).toBe(false);
    expect(yourself("Every summer I take my daughters up the coast in our old van.").personal).toBe(
      true,
    );
    expect(yourself("I realised I enjoy that more than the audit work.").personal).toBe(false);
  });

  it("reads a verbless run of years after the schooling as a career path", () => {
    expect(
      yourself("Physiotherapy degree at Cardiff, then six years at a sports clinic in Bristol.")[
        "career-path"
      ],
    ).toBe(true);
  });
});

describe("A2 — a reporting line needs a title; a town is an organization", () => {
  it("does not take a bare name, a function or a changing line for the reporting line", () => {
    expect(role("I reported to Priya.")["reporting-line"]).toBe(false);
    expect(role("I reported to Priya, the finance director.")["reporting-line"]).toBe(true);
    expect(role("I report into marketing.")["reporting-line"]).toBe(false);
    expect(role("Who I reported to changed twice, so I'll skip that.")["reporting-line"]).toBe(
      false,
    );
    expect(role("I reported to the head of planning.")["reporting-line"]).toBe(true);
  });

  it("describes a municipality, and counts finishing early or under budget as a result", () => {
    expect(
      role("The Borough of Ashford is a municipality of about 130,000 residents.").organization,
    ).toBe(true);
    expect(role("I delivered the depot refit two weeks early.").accomplishments).toBe(true);
    expect(role("I coordinate our published timetables for 3,000 students.").accomplishments).toBe(
      false,
    );
  });
});

describe("A5, A6 — claimed reading and asking for a view", () => {
  it("does not take reading claimed without anything read as research", () => {
    const why = (text: string) => present("why-interested", text).research;
    expect(why("I've read pretty much everything I could find about you.")).toBe(false);
    expect(why("The more I read, the surer I was.")).toBe(false);
    expect(why("I read your 2023 impact report on river clean-ups.")).toBe(true);
  });

  it("does not take asking for a view as a request to be connected", () => {
    const help = (text: string) => present("how-can-i-help", text).organizations;
    expect(
      help("Is a Salesforce certificate worth it? If you have a view on that, I'd welcome it."),
    ).toBe(false);
    expect(help("If you have any contacts at Salesforce, I'd be grateful.")).toBe(true);
  });
});
