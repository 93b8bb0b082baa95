import { describe, expect, it } from "vitest";
import { goals, help, role, strengths, why, yourself } from "./present-elements.ts";

// General cues for A1–A6 added with batches 16 to 21 (decision 0010), each worded apart
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

describe("batches 18 and 19 — named descriptions, horizons 'in the end', lists of organizations", () => {
  it("reads 'Name is a … based in …' and what a court handles as descriptions", () => {
    expect(
      role("Fjordline Freight is a family-run haulier based in Bergen. I plan the routes.")
        .organization,
    ).toBe(true);
    expect(
      role("I clerk at the county court; it handles small claims and housing cases.").organization,
    ).toBe(true);
  });

  it("reads 'in the end' as a horizon and 'that's always been the dream' as naming the goal", () => {
    expect(
      goals("First I'll finish my diploma. What I want in the end is to run my own bakery.")[
        "long-term-goal"
      ],
    ).toBe(true);
    expect(
      goals("I want to open a dental practice back home. That's always been the dream.")[
        "long-term-goal"
      ],
    ).toBe(true);
  });

  it("takes a present course and 'to become …, I need …' as steps, and 'don't know yet exactly how' as none", () => {
    expect(
      goals(
        "So I'm doing the CIPD certificate now, and next year I want an HR advisor job. Long term I'd like to be an HR director.",
      )["steps-back"],
    ).toBe(true);
    expect(
      goals(
        "My long-term goal is to lead a design studio. To become a studio lead, I need a few years as a senior designer first.",
      )["steps-back"],
    ).toBe(true);
    expect(
      goals(
        "In the long run I want my own vineyard. I don't really know yet exactly how to get there.",
      )["steps-back"],
    ).toBe(false);
  });

  it("keeps an executive chef out of student life and reads years cooked as a career", () => {
    const y = yourself(
      "After my diploma at Westminster College I cooked for about ten years in London, the last three as executive chef at a hotel.",
    );
    expect(y["career-path"]).toBe(true);
    expect(y.extracurricular).toBe(false);
  });

  it("reads a class at a community centre, 'on a personal note' and 'the last year of my studies'", () => {
    expect(
      yourself("Every Sunday I teach a computer class for seniors at a community centre.").personal,
    ).toBe(true);
    expect(yourself("On a personal note, I am a keen rower.").personal).toBe(true);
    expect(yourself("I am in the last year of my engineering studies at Chalmers.").education).toBe(
      true,
    );
  });

  it("reads a coach brought in as a fix and 'in that same project' as an episode", () => {
    const s = strengths(
      "My strength is structure. My weakness is pushing too hard. In that same project, two of my analysts asked to move teams. I brought in a coach, and I now check workloads every Monday.",
    );
    expect(s["weakness-example"]).toBe(true);
    expect(s["weakness-action"]).toBe(true);
  });

  it("reads 'you signed …' as research, posts seen as none, and a background as the tie", () => {
    expect(why("You signed three debut novelists last year before anyone else did.").research).toBe(
      true,
    );
    expect(
      why("I saw some of your posts on LinkedIn and the team looks really friendly.").research,
    ).toBe(false);
    expect(
      why("My background is in hospital logistics, so your supply work appeals to me.")[
        "tied-to-goals-or-strengths"
      ],
    ).toBe(true);
  });

  it("reads the head of a list of organizations as one, and 'Name, your former manager' as a person", () => {
    expect(
      help(
        "I'm keen on the big pharmacy chains. So Boots Health Stores, Lloydspharmacy, and maybe Superdrug. If you know anyone there, great.",
      ).individuals,
    ).toBe(false);
    expect(
      help("And Priya, your former manager, sounds well connected. Could you introduce me to her?")
        .individuals,
    ).toBe(true);
  });
});

describe("batches 20 and 21 — spellings", () => {
  it("reads a university theatre group as student life", () => {
    expect(
      yourself(
        "I studied history at Trinity College Dublin, and in those years I was part of the university theatre group.",
      ).extracurricular,
    ).toBe(true);
  });
});

describe("batches 22 and 23 — college societies, schooling said plainly, goals after commas", () => {
  it("keeps volunteering with a college society in student life", () => {
    const y = yourself(
      "While I was at Durham I volunteered with the college's Amnesty society; we ran letter-writing evenings.",
    );
    expect(y.extracurricular).toBe(true);
    expect(y.personal).toBe(false);
  });

  it("reads 'I did marine biology at …' and 'I did my training at … School' as schooling", () => {
    expect(
      yourself("I did marine biology at Bangor before joining the fisheries lab.").education,
    ).toBe(true);
    expect(
      yourself("I did my training at the Royal Ballet School, then danced for eight years.")
        .education,
    ).toBe(true);
  });

  it("reads 'I'd like, eventually, to be …' and 'my goal is to own …' as the long-term goal", () => {
    expect(
      goals("I'd like, eventually, to be the head of a regional hospital trust.")["long-term-goal"],
    ).toBe(true);
    expect(
      goals("My goal is to own a small bakery. First I need two years as a pastry chef.")[
        "long-term-goal"
      ],
    ).toBe(true);
  });

  it("reads 'Name is a … in Place' and 'has fourteen branches' as descriptions", () => {
    expect(
      role("Copper Kettle is a family bakery in Leeds. I run the early shift.").organization,
    ).toBe(true);
    expect(
      role("The Northgate Library has fourteen branches and serves the whole county.").organization,
    ).toBe(true);
  });
});
