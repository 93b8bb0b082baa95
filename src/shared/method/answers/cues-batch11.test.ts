import { describe, expect, it } from "vitest";
import { goals, help, role, strengths, why, yourself } from "./present-elements.ts";

// General cues for A1–A6 added with batches 11 to 15 (decision 0010), each worded apart
// from the labelled batches.

describe("A3 — the goal across sentences, and the goal that is someone else's", () => {
  it("puts an aspiration on the horizon a later short sentence gives", () => {
    const g = goals(
      "I'd like to run a regional airport. I'd say twelve years or so. Before that I need a few years as duty manager, so next year I'm applying for shift lead.",
    );
    expect(g["long-term-goal"]).toBe(true);
    expect(g["steps-back"]).toBe(true);
  });

  it("does not take years already spent for a horizon", () => {
    expect(
      goals(
        "I want to land a job in logistics. I drove a forklift for four years. I like the work.",
      )["long-term-goal"],
    ).toBe(false);
  });

  it("reads 'at the end of the day' and an apposition before 'that's the goal'", () => {
    expect(goals("End of the day, what I want is my own bakery.")["long-term-goal"]).toBe(true);
    expect(
      goals("I want to be a chief engineer. Chief on a big tanker. That's the goal.")[
        "long-term-goal"
      ],
    ).toBe(true);
  });

  it("does not count a plan someone else has for the speaker, or the question echoed", () => {
    const g = goals(
      "Oh, career goals, hmm. My father wants me to be a surgeon within ten years. I'm honestly not sure.",
    );
    expect(g["long-term-goal"]).toBe(false);
  });

  it("reads 'haven't thought it through' as no steps", () => {
    expect(
      goals(
        "Long term, I'd love to be a school principal. How I'd get there, I haven't thought it through that far; I'm enjoying the classroom for now.",
      )["steps-back"],
    ).toBe(false);
  });
});

describe("A2 — withheld or praised organizations, and the organization's own record", () => {
  it("does not take praise or a withheld description for the organization", () => {
    expect(
      role(
        "You know the firm, obviously, I don't need to tell you what we do. I report to a tax partner.",
      ).organization,
    ).toBe(false);
    expect(role("It's a great shop, good people. I report to the foreman.").organization).toBe(
      false,
    );
  });

  it("counts a school named in an apposition and its place in a group", () => {
    expect(
      role(
        "The school — Brookfield — is an eleven-to-sixteen comprehensive, part of a trust with four other schools.",
      ).organization,
    ).toBe(true);
  });

  it("does not credit the organization's record to the speaker", () => {
    const r = role(
      "Tallow Studio is a small games company in Tampere, we've shipped three games and we're about thirty people. I'm a level designer and I report to the design director.",
    );
    expect(r.organization).toBe(true);
    expect(r.accomplishments).toBe(false);
  });
});

describe("A1 — children, pastimes outside one's field, careers in plain words", () => {
  it("counts the speaker's children even when they were born", () => {
    expect(yourself("I took a break when my youngest was born.").personal).toBe(true);
  });

  it("reads a pastime after 'outside of science'", () => {
    expect(yourself("Outside of research — I freedive, mostly in the winter.").personal).toBe(true);
  });

  it("reads a career said as years at a named employer or years driving", () => {
    expect(yourself("I was at Boots for nine years, on the pharmacy counter.")["career-path"]).toBe(
      true,
    );
    expect(yourself("I've been driving for, what, twenty years now.")["career-path"]).toBe(true);
    expect(
      yourself("I started with a little outfit out of Tulsa doing flatbed.")["career-path"],
    ).toBe(true);
  });

  it("reads abbreviated professional degrees and a zine run at college", () => {
    expect(yourself("I did the four-year PharmD at Purdue.").education).toBe(true);
    expect(yourself("I did the MSW at Dalhousie, part-time.").education).toBe(true);
    expect(
      yourself("I studied design at the art school, and while I was there I ran a zine.")
        .extracurricular,
    ).toBe(true);
  });

  it("does not take vague involvement for student life", () => {
    expect(
      yourself(
        "I studied chemistry at McGill. I was involved in a few things on campus, the usual stuff.",
      ).extracurricular,
    ).toBe(false);
  });
});

describe("A6 — announced people carry the request", () => {
  it("reads names in the sentence after 'two people I'd love to speak to'", () => {
    expect(
      help(
        "There are two people I'd really love to speak to. Dr. Ada Mensah — I read her work on harm reduction and it changed how I run groups — and Tom Reyes, who ran the outreach van.",
      ).individuals,
    ).toBe(true);
  });
});

// Added with batch 12 (decision 0010).

describe("batch 12 — episodes, refusals to act, visits and a move for school", () => {
  it("reads an episode told through what went wrong as the weakness's example", () => {
    expect(
      strengths(
        "My weakness is paperwork. I realised it when a claim I had handled for weeks was rejected because the form was incomplete. After that I built a checklist.",
      )["weakness-example"],
    ).toBe(true);
    expect(
      strengths(
        "A weakness is planning. On one grant application our director caught that I had left out the overheads, the day before the deadline.",
      )["weakness-example"],
    ).toBe(true);
  });

  it("does not take 'so I haven't had the chance' for an action", () => {
    expect(
      strengths(
        "My weakness is public speaking. I froze at a client pitch last spring. So I haven't really had the chance to work on it.",
      )["weakness-action"],
    ).toBe(false);
  });

  it("counts tours taken, a piece read and what a friend who works there said as research", () => {
    expect(why("I've done two of the tours at the shipyard museum.").research).toBe(true);
    expect(why("I also read a piece about how the trust rebuilt after the fire.").research).toBe(
      true,
    );
    expect(
      why("I know from a friend who works there that they're opening a second clinic.").research,
    ).toBe(true);
  });

  it("does not take a move for university for a career, nor a work team for student life", () => {
    const y = yourself(
      "I was born in Kisumu and I moved to Nairobi for university. I did a BCom at Strathmore. After that I joined a bank as an analyst, and the last two years as a team leader.",
    );
    expect(y["career-path"]).toBe(true);
    expect(
      yourself("I was born in Kisumu and I moved to Nairobi for university.")["career-path"],
    ).toBe(false);
    expect(y.extracurricular).toBe(false);
  });

  it("reads a student research circle and a pastime 'when I'm not on a fire'", () => {
    expect(
      yourself(
        "I studied psychology at Warsaw University. During my master's I was in the student research circle on memory.",
      ).extracurricular,
    ).toBe(true);
    expect(
      yourself("In summer, when I'm not on a fire, I take my nephews out on canoe trips.").personal,
    ).toBe(true);
  });
});

// Added with batch 13 (decision 0010).

describe("batch 13 — degrees written with points, remits, appositions, lists carried by pronouns", () => {
  it("reads 'B.Com' and 'I did English at Leeds' as schooling", () => {
    expect(yourself("I completed my B.Com at the College of Commerce in Lahore.").education).toBe(
      true,
    );
    expect(yourself("I did History at York, then went into publishing.").education).toBe(true);
  });

  it("keeps pastimes outside work out of student life", () => {
    expect(
      yourself(
        "I studied at the polytechnic. Outside the workshop, I dance salsa and teach a class at the community hall.",
      ).extracurricular,
    ).toBe(false);
  });

  it("reads an organization by its remit, an NGO, and 'Name, the national carrier'", () => {
    expect(
      role("The agency sits within the Ministry of Health; it is responsible for drug approvals.")
        .organization,
    ).toBe(true);
    expect(role("So Amparo is a Peruvian NGO that works with street children.").organization).toBe(
      true,
    );
    expect(
      role("I was with Orca Air, the national carrier here — about sixty aircraft.").organization,
    ).toBe(true);
  });

  it("does not read a client or a supplier named after a comma as the employer", () => {
    expect(
      role("The deal I'm proudest of was a regional bank in Penang, and it became our biggest.")
        .organization,
    ).toBe(false);
    expect(role("Before me, the bread came frozen from a supplier.").organization).toBe(false);
  });

  it("stops the weakness's action where the answer moves on", () => {
    expect(
      strengths(
        "My weakness is that I can be impatient. Anyway, what I really want is to run a kitchen, and I've been doing the job without the title for a year.",
      )["weakness-action"],
    ).toBe(false);
  });

  it("carries a request back over a sentence, and reads one word after 'in' as a place", () => {
    expect(
      help(
        "The two I keep coming back to are Acme Foods and Bayview Health. They're both based here. If you have any connection to either of them, I'd be grateful.",
      ).organizations,
    ).toBe(true);
    expect(
      help(
        "I'd love to meet Tom Reyes; I heard him speak at a conference in Hobart. If you know him, an introduction would mean a lot.",
      ).organizations,
    ).toBe(false);
  });
});

// Added with batch 14 (decision 0010).
describe("batch 14 — the real goal, retirement horizons, teams led, organization lists", () => {
  it("reads 'the real goal' and the last years of a working life as long horizons", () => {
    expect(
      goals("And then, the real goal, maybe at forty — I want my own bistro.")["long-term-goal"],
    ).toBe(true);
    expect(
      goals("My goal is to spend the last years of my working life as a consultant.")[
        "long-term-goal"
      ],
    ).toBe(true);
  });

  it("does not take heading a team for an accomplishment", () => {
    expect(
      role("The college is a public college in Leeds. I led a team of nine advisers.")
        .accomplishments,
    ).toBe(false);
  });

  it("reads names listed after a plural of organizations as organizations", () => {
    const h = help(
      "The companies on my list are Siemens Energy and Vestas. If you know anyone at either of them, I'd be grateful.",
    );
    expect(h.organizations).toBe(true);
    expect(h.individuals).toBe(false);
  });

  it("keeps moving country with one's family out of the personal detail", () => {
    expect(yourself("In 2021 I immigrated to Canada with my family.").personal).toBe(false);
  });
});

// Added with batch 15 (decision 0010).
describe("batch 15 — divisions, carriers, what one is focused on", () => {
  it("reads 'the cargo division of …' and what a carrier carries as a description", () => {
    expect(
      role(
        "Nordline Freight is the cargo division of Nordline Airways. I report to the head of sales.",
      ).organization,
    ).toBe(true);
  });

  it("reads the organizations one is 'most focused on' as a request", () => {
    expect(
      help(
        "Ørsted and Vestas are the two I'm most focused on. If you know anyone there, I'd be grateful.",
      ).organizations,
    ).toBe(true);
  });
});
