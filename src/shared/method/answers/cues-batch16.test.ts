import { describe, expect, it } from "vitest";
import { goals, help, role, strengths, why, yourself } from "./present-elements.ts";

// General cues for A1–A6 added with batches 16 and 17 (decision 0010), each worded apart
// from the labelled batches.

describe("A4 — episodes told through how the weakness was noticed", () => {
  it("reads the deed told after 'my editor showed me that I…' as the weakness's example", () => {
    const s = strengths(
      "My strength is research: last spring I found the source that broke our housing story. My weakness is overwriting. My editor showed me that I filed nine hundred words for a four-hundred-word slot. Now, before I file, I cut every paragraph to one idea.",
    );
    expect(s["weakness-example"]).toBe(true);
    expect(s["weakness-action"]).toBe(true);
  });

  it("reads 'I noticed it when …' and 'I realised it during …' as episodes", () => {
    expect(
      strengths(
        "I'm good at planning. I tend to avoid hard conversations. I noticed it when a driver kept arriving late and I swapped his routes instead of talking to him.",
      )["weakness-example"],
    ).toBe(true);
    expect(
      strengths(
        "I'm calm under pressure. My weakness is saying yes to everything. I realised it during the spring audit, when I was running three projects at once.",
      )["weakness-example"],
    ).toBe(true);
  });

  it("reads an episode named by the season or the last case, and 're-' verbs", () => {
    expect(
      strengths(
        "I'm good with engines. Last season our generator failed at sea and I rewired the panel myself overnight.",
      )["strength-example"],
    ).toBe(true);
    expect(
      strengths(
        "My strength is drafting. In my last case the other side settled after reading our brief.",
      )["strength-example"],
    ).toBe(true);
  });

  it("does not take 'when I started …' for a fix, nor 'I try to manage it' for one", () => {
    expect(
      strengths(
        "I'm organised. My weakness is spreadsheets. When I started at the co-op last year, I realised I had never built a formula.",
      )["weakness-action"],
    ).toBe(false);
    expect(
      strengths(
        "I'm a fast learner. Sometimes I'm impatient. But I'm aware of it and I try to manage it.",
      )["weakness-action"],
    ).toBe(false);
  });
});

describe("A5 — research shown by facts, not claimed", () => {
  it("does not take a claim of research or a visit to the website for research", () => {
    expect(
      why(
        "I've done a lot of homework on your firm and I like what I've seen. It feels like a good fit.",
      ).research,
    ).toBe(false);
    expect(
      why("I had a look at your website and went through your Instagram page before today.")
        .research,
    ).toBe(false);
  });

  it("reads facts about the organization, a reopening and a count as research", () => {
    expect(
      why(
        "You are one of the largest makers of wind blades in Spain, and you have the new plant in Navarra that opens next year.",
      ).research,
    ).toBe(true);
    expect(why("You've just reopened the east wing after the flood repairs.").research).toBe(true);
    expect(why("I counted: eleven of your last twenty albums were debut records.").research).toBe(
      true,
    );
  });

  it("ties the interest to a goal 'eventually' and to one's strongest skill", () => {
    expect(
      why("I want to run a conservation lab eventually, and my strongest skill is paper repair.")[
        "tied-to-goals-or-strengths"
      ],
    ).toBe(true);
  });
});

describe("A6 — requests carried by list items, politeness and organizations already named", () => {
  it("reads 'if you're willing:' before names as a request", () => {
    const h = help("One person, if you're willing: Tomás Reyes, the fleet manager at Arriva.");
    expect(h.organizations).toBe(true);
    expect(h.individuals).toBe(true);
  });

  it("reads an enumerated organization after a request for introductions", () => {
    expect(
      help(
        "I'd love introductions in two places. First, Alstom, ideally someone in signalling. Second, Siemens Mobility, where your old colleague works.",
      ).organizations,
    ).toBe(true);
  });

  it("reads a person at an organization the speaker already asked for", () => {
    expect(
      help(
        "I'd like to connect with the museums in Glasgow, the Hunterian and Kelvingrove. At the Hunterian, Dr. Aileen Moss runs the conservation studio.",
      ).individuals,
    ).toBe(true);
  });

  it("does not read studios listed after 'the big studios here,' as people", () => {
    expect(
      help(
        "I'm trying to get into the big studios here, Rockstar Dundee, Outplay, and maybe Tag Games. If you know people there, that would be great.",
      ).individuals,
    ).toBe(false);
  });
});

describe("A1–A3 — parents, lives outside college, a profession practised, a goal at forty", () => {
  it("reads raising children, a local association and life outside college as personal", () => {
    expect(
      yourself("I was a pharmacist for eight years. Then I stepped away to raise our two children.")
        .personal,
    ).toBe(true);
    expect(
      yourself("I study chemistry at Leeds. Outside college, I play the tabla at our local temple.")
        .personal,
    ).toBe(true);
  });

  it("reads a profession practised for years as a career, and a role counted in semesters as not", () => {
    expect(
      yourself("I practised family law for nine years in Cork before moving here.")["career-path"],
    ).toBe(true);
    expect(
      yourself(
        "I'm in my master's now. I was a lab tutor for the first-year physics course for three semesters.",
      )["career-path"],
    ).toBe(false);
  });

  it("reads 'when I am fifty, my goal is …' after the steps", () => {
    const g = goals(
      "First I want to run the night shift. Then I'll move to a bigger depot. When I am fifty, my goal is to manage the whole regional network.",
    );
    expect(g["long-term-goal"]).toBe(true);
    expect(g["steps-back"]).toBe(true);
    expect(g["long-term-first"]).toBe(false);
  });

  it("does not take the road so far for a step because others 'need' something", () => {
    expect(
      goals(
        "My long-term goal is to become a partner in a health consultancy. I worked ten years in hospitals, first in finance and then in operations, and the consultancies need people who know wards.",
      )["steps-back"],
    ).toBe(false);
  });
});

describe("A2 — descriptions, sizes alone, reporting in other words", () => {
  it("reads '…, which is one of the largest …' as a description and a size alone as none", () => {
    expect(
      role(
        "I'm a buyer at Halden & Price, which is one of the biggest timber merchants in the north, with yards in six towns.",
      ).organization,
    ).toBe(true);
    expect(
      role("It's a small company, so I do a bit of everything: events, social media, the shop.")
        .organization,
    ).toBe(false);
  });

  it("does not read 'we don't have' as what the organization does", () => {
    expect(
      role(
        "I'm the office manager. I fixed the rota so we don't have the same people on every late shift.",
      ).organization,
    ).toBe(false);
  });

  it("reads 'my reporting is to …' and 'are reporting to me'", () => {
    expect(
      role("My reporting is to the chief engineer, and three draughtsmen are reporting to me.")[
        "reporting-line"
      ],
    ).toBe(true);
  });

  it("keeps a result that ends 'which was a record for the institute' an accomplishment", () => {
    expect(
      role("Last year we won three national grants, which was a record for the institute.")
        .accomplishments,
    ).toBe(true);
  });
});
