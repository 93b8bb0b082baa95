import { describe, expect, it } from "vitest";
import type { QuestionLevel } from "../types.ts";
import { CUE_CASES, lintedRules as rules } from "./cue-cases.ts";
import { lintQuestion } from "./lint-question.ts";

// General cues behind M7, M8 and M10, each worded apart from the labelled batches. The
// violation cases check the product, rules and trained model together: every sentence is
// labelled in fixtures/questions.cues.jsonl, which the model trains on.
const level = (q: string) => lintQuestion(q).level;

// The themed blocks below pin each sentence's findings and, where it matters, its level.
function pinsRules(cases: ReadonlyArray<readonly [string, readonly string[]]>) {
  it.each(cases)("%s → %j", (q, violations) => {
    expect(rules(q)).toEqual([...violations]);
  });
}

function pinsLevels(cases: ReadonlyArray<readonly [string, QuestionLevel]>) {
  it.each(cases)("places %s at %s", (q, want) => {
    expect(level(q)).toBe(want);
  });
}

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

describe("named organizations, pay and hiring counts, details passed on (M7, M10, M11)", () => {
  pinsRules([
    // A catalogue asked of an organization by name, or a list only a website prints (M7).
    ["Which magazines does Halden Media publish?", ["answerable-from-website"]],
    ["What kinds of mortgage does Westmarch Building Society offer?", ["answerable-from-website"]],
    ["Which islands does Skerry Ferries sail to in winter?", ["answerable-from-website"]],
    ["Which breeds do you export?", ["answerable-from-website"]],
    ["Could you tell me which service lines the practice offers?", ["answerable-from-website"]],
    ["What exhibitions are on at the gallery this spring?", ["answerable-from-website"]],
    ["What does Orla Foods make of the new labelling rules?", []],
    ["Which markets does Tidewell hope to break into next?", []],
    ["Which bottlenecks does the port authority wrestle with most?", []],
    // Details passed to a person are an introduction; to the people who hire, an application.
    ["Would you be happy to pass my details on to Tomasz Nowak?", []],
    ["Could you forward my details to whoever does the recruiting?", ["asks-about-jobs"]],
    // How many people are taken on, the terms and pay of a job there, hearing back (M10).
    ["How many temporary porters does the hotel bring in over the summer?", ["asks-about-jobs"]],
    ["Do kitchen porters get paid overtime at the restaurant?", ["asks-about-jobs"]],
    [
      "What does a junior surveyor earn in the first couple of years at Brightwater?",
      ["asks-about-jobs"],
    ],
    ["Once I send in my application, how soon might I hear back?", ["asks-about-jobs"]],
    ["Honestly, do you reckon I could fit in with your crew?", ["asks-about-jobs"]],
    ["What do your selection panels weigh most heavily?", ["asks-what-they-look-for"]],
  ]);

  it("reads details passed on to a person as a referral", () => {
    expect(level("Would you be happy to pass my details on to Tomasz Nowak?")).toBe("referral");
  });
});

describe("vacancies in other words, judges and tests, offers under other names (M7, M8, M10)", () => {
  pinsRules([
    ["Will the department backfill the post now that Helen has left?", ["asks-about-jobs"]],
    ["Are they going to replace the nurse who retired last spring?", ["asks-about-jobs"]],
    ["How hard is it to land a spot on the weekend crew at the depot?", ["asks-about-jobs"]],
    ["About the analyst vacancy you posted - what's the team like?", ["asks-about-jobs"]],
    ["Which certifications are you after in your next hire?", ["asks-what-they-look-for"]],
    ["What do the assessors mark down in the take-home task?", ["asks-what-they-look-for"]],
    ["How do you test applicants for attention to detail?", ["asks-what-they-look-for"]],
    ["Does a portfolio count for much when your studio hires?", ["asks-what-they-look-for"]],
    ["Do you roast your own beans?", ["answerable-from-website"]],
    ["Which payment methods does your platform support?", ["answerable-from-website"]],
    ["What's the college's enrolment these days?", ["answerable-from-website"]],
    ["Sorry if this is obvious, but what is it that the agency does?", ["answerable-from-website"]],
    ["Where do you think the freight market is heading next year?", []],
    ["Does anyone come to mind I should speak with?", []],
    ["When you lose a tender, which firms usually beat you?", []],
    ["What keeps customers from switching to another insurer?", []],
    ["Could I follow up once I've talked to the people you mentioned?", []],
  ]);

  pinsLevels([
    ["Where do you think the freight market is heading next year?", "sector"],
    ["Does anyone come to mind I should speak with?", "referral"],
    ["When you lose a tender, which firms usually beat you?", "differentiation"],
    ["What keeps customers from switching to another insurer?", "differentiation"],
    ["Could I follow up once I've talked to the people you mentioned?", "other"],
  ]);
});

describe("worries of the panel, finalists, group make-up, credentials (M7, M9, M10, M11)", () => {
  pinsRules([
    [
      "Would my years out of the workforce put off the panel at your firm?",
      ["asks-what-they-look-for"],
    ],
    [
      "What tips it when you're choosing between two finalists for a role?",
      ["asks-what-they-look-for"],
    ],
    ["What sort of people thrive in your kitchen?", ["asks-what-they-look-for"]],
    ["Which brands belong to the group these days?", ["answerable-from-website"]],
    ["Is the bakery B Corp certified?", ["answerable-from-website"]],
    ["Which clinics are part of your practice network?", ["answerable-from-website"]],
    ["What appealed to you about joining an employee-owned firm?", []],
    ["What made the co-op worth moving provinces for?", []],
    ["If you were in my place, who's the next person you'd call?", []],
    ["Would it be alright if I got back in touch with you in a couple of weeks?", []],
    ["How would you suggest I talk about a career break in these conversations?", []],
  ]);

  pinsLevels([
    ["What appealed to you about joining an employee-owned firm?", "what-drew-you"],
    ["What made the co-op worth moving provinces for?", "what-drew-you"],
    ["If you were in my place, who's the next person you'd call?", "referral"],
    ["Would it be alright if I got back in touch with you in a couple of weeks?", "other"],
    ["How would you suggest I talk about a career break in these conversations?", "other"],
  ]);
});

describe("plain asks after a preamble, adverts, published pages (M7, M10)", () => {
  pinsRules([
    [
      "Thirty years in trucking, newly arrived here - is your depot looking for anyone on weekends?",
      ["asks-about-jobs"],
    ],
    ["Does any team there have open headcount this quarter?", ["asks-about-jobs"]],
    ["When's the closing date for the analyst advert?", ["asks-about-jobs"]],
    ["How much do grades count when you're choosing apprentices?", ["asks-what-they-look-for"]],
    [
      "How many years in the trade would I need before your firm would look at me?",
      ["asks-what-they-look-for"],
    ],
    ["What does the company's careers site say about its values?", ["answerable-from-website"]],
    ["When did you open your first clinic?", ["answerable-from-website"]],
    // Naming where a posting is shown is not asking what the page says (dev set).
    ["Can you refer me for the buyer posting on your careers page?", ["asks-about-jobs"]],
  ]);
});

describe("client lists in the perfect, openings asked noun first, needing more staff (M7, M10)", () => {
  pinsRules([
    ["Which customers has the agency worked with lately?", ["answerable-from-website"]],
    ["What roles does your team have open at the moment?", ["asks-about-jobs"]],
    ["Does the clinic need more nurses?", ["asks-about-jobs"]],
    ["Would a gap in my CV count against me if I applied?", ["asks-what-they-look-for"]],
  ]);
});

describe("M8/M9 levels — batches 16 and 17", () => {
  pinsLevels([
    ["What are the main pressures on rural veterinary practice right now?", "sector"],
    ["From where you sit, what worries the shipping industry most?", "sector"],
    ["What's the toughest thing about the bar and restaurant business at the moment?", "sector"],
    ["Is automation a real threat to the business model of freight brokers?", "sector"],
    ["Where do you think the food supply chain is heading?", "sector"],
    ["How are small NGOs coping with the funding cuts?", "sector"],
    ["What was the hardest part when you moved from engineering to the sales side?", "other"],
    ["Where does your agency tend to win against the big networks?", "differentiation"],
    ["What usually happens when the team misses a deadline?", "barriers"],
    ["How has nursing changed over the course of your career?", "tenure-change"],
    ["In the ten years you have been in shipping, what has changed most?", "tenure-change"],
    ["What was hard when you moved from teaching into publishing?", "other"],
    [
      "Your report mentions a zero waste target: what does that mean day to day for drivers?",
      "other",
    ],
    ["What was the reason you chose a credit union over a high-street bank?", "what-drew-you"],
    ["How has the work changed since you are working in forestry?", "tenure-change"],
    ["Is there a book you'd recommend I read to understand the brewing trade?", "other"],
    ["If you were me, who would you call first in the brewing world?", "referral"],
  ]);
});
