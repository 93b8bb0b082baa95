import { type Analyzed, has, words } from "../text/analyze.ts";
import type { QuestionRule } from "../types.ts";
import { HIRING_COUNT } from "./jobs-rule.ts";
import { REFERRAL } from "./level.ts";
import { HIRERS, ORG_WIDE, PASS_ON_DETAILS, SECTOR } from "./vocab.ts";
import { clauses, OWN_TEAM } from "./website-rule.ts";

// Sentences the rules recognise as deliberately sound (decision 0010): the trained model
// reads words, not decisions, and would otherwise add a violation these cues rule out. A
// recognised exception only stops the model from adding that rule; a rule's own finding
// still stands, so the rules stay in charge.

// M7, M6: the size or caseload of the contact's own team is theirs to tell ("How many
// visits does the night team handle?"), and so is what the organization offers its own
// people ("Does the company offer mentoring to junior staff?"): neither is on the website.
const COUNT = words("how (?:many|much|big|large)|number of|size of");
const OFFERED_TO_OWN_PEOPLE = words(
  `(?:does|do|did|is|are) (?:the|this|your) ~2${ORG_WIDE} ~2(?:offer|offers|offering|provide|provides|providing|give|gives|giving|run|runs|running|fund|funds|pay for|support) ~2(?:training|mentoring|mentorship|coaching|supervision|development|progression|study leave|secondments?|shadowing)`,
);

// M10: hiring as the sector's problem is the first drill-down level (M8), not a question
// about jobs: "What are the biggest hiring challenges facing the tech sector?".
const SECTOR_HIRING = words(
  `(?:hiring|recruitment|recruiting|staffing|labor|labour|talent|skills) (?:challenges?|problems?|difficult(?:y|ies)|shortages?|gaps?|crisis|pressures?|squeeze|market)`,
);
const SECTOR_SCOPE = words(SECTOR);

// M10: customers looking for something in what the organization sells judge the offer, not
// candidates: "What do customers look for when they compare your platform with others?".
const CUSTOMERS_LOOKING = words(
  "(?:customers|clients|users|patients|buyers|consumers|shoppers|guests|visitors|readers|viewers|listeners|donors|funders|investors|families|tenants|residents|diners|travellers|travelers|fans|audiences?) ~3(?:look|looking|looks|want|wants|value|values|expect|expects|care ~1about|prefer|prefers) ~1(?:for|from|in|when|most|about)?",
);

// M11: "Would you be comfortable passing my details on to Maria Chen?" asks for an
// introduction to a person, not for a job (decision 0010), unless the details go to the
// people who hire.
const DETAILS_TO_SOMEONE = words(PASS_ON_DETAILS);
const TO_HIRERS = words(`(?:to|with) ~2${HIRERS}`);

// M10: the traits or skills that successful hires share are what they look for, not a
// question about jobs: "Is there one trait every successful hire at your studio shares?".
const TRAITS_OF_HIRES = words(
  "(?:traits?|qualit(?:y|ies)|characteristics?|attributes?|skills?|habits?|mindsets?|attitudes?|strengths) ~6(?:hires?|recruits?|candidates?|applicants?|joiners?|starters?|interns?|graduates?|trainees?)",
);
// M7: how many people are taken on is a question about jobs (M10, HIRING_COUNT), not size.
// M7: struggles, constraints and pressures are never a published fact, and neither are
// the skills or qualities an organization prizes in people; every clause must be about them
// ("What does the plant make, and which skills…" still asks a published fact first).
const NEVER_PUBLISHED = words(
  "(?:constraints?|struggles?|struggle|struggling|pressures?|bottlenecks?|barriers?|obstacles?|headaches?|pain points?|hurdles?|skills?|soft skills|qualit(?:y|ies)|traits?|mindsets?|attitudes?)",
);

// M7: where a field or a chain is headed is a trend, not an address ("Where is the aerospace
// supply chain headed?"); a request for names or introductions is not a look-up either.
const DIRECTION = words(
  "where (?:is|are|do|does|will) ~5(?:headed|heading|going|moving|evolving|trending|going next)",
);
// M10: hiring as the condition of a look-for question ("How much does GPA matter when your
// firm recruits?") does not ask about jobs.
const HIRING_CONDITION = words(
  "(?:when|whenever|if|as) (?:you|they|your ~2[a-z]+|the ~2[a-z]+) (?:are |is )?(?:recruit|recruits|recruiting|hire|hires|hiring|interview|interviews|interviewing|select|selects|selecting)(?= (?:\\?|\\.|,|for|new|people|staff|graduates|juniors|$))",
);

// The plainest asks, which the rules recognise whatever surrounds them: a long preamble
// ("I've been driving forklifts for nine years … is your warehouse looking for anyone on the
// night shift?") must not let the trained model veto them (M10, M7).
const PLAIN_JOB_ASK = words(
  "(?:are|is) (?:you|your ~2[a-z]+|the ~2[a-z]+) (?:guys )?(?:currently |still |now )?(?:hiring|recruiting|looking for (?:anyone|anybody|someone|somebody|people|staff|new)|taking on)|(?:any|have|has) (?:open )?(?:openings|vacancies|open roles|open positions|open headcount)|(?:positions|roles|jobs|vacancies|openings) (?:do|does) (?:you|your ~2[a-z]+|the ~2[a-z]+) (?:currently |still )?(?:have|got) (?:open|available)|(?:do|does) (?:you|your ~2[a-z]+|the ~2[a-z]+) (?:need|want) (?:more|extra|another|additional)",
);
const PLAIN_LOOKUP = words(
  "(?:on|in|from|according to) (?:your|the|its|their) ~2(?:website|web site|careers page|careers site|career page|recruitment page|jobs page)",
);

/** Violations the rules recognise as plain enough that the model may not veto them. */
export function recognisedViolations(a: Analyzed): ReadonlySet<QuestionRule> {
  const out = new Set<QuestionRule>();
  if (has(a, PLAIN_JOB_ASK)) out.add("asks-about-jobs");
  if (has(a, PLAIN_LOOKUP)) out.add("answerable-from-website");
  return out;
}

/** The violations the rules positively recognised as absent, so the model may not add them. */
export function recognisedExceptions(a: Analyzed): ReadonlySet<QuestionRule> {
  const out = new Set<QuestionRule>();
  if (
    (has(a, COUNT) && has(a, OWN_TEAM)) ||
    has(a, OFFERED_TO_OWN_PEOPLE) ||
    has(a, HIRING_COUNT) ||
    has(a, DIRECTION) ||
    has(a, REFERRAL) ||
    clauses(a).every((clause) => has(clause, NEVER_PUBLISHED))
  ) {
    out.add("answerable-from-website");
  }
  if (has(a, SECTOR_HIRING) && has(a, SECTOR_SCOPE)) out.add("asks-about-jobs");
  if (has(a, DETAILS_TO_SOMEONE) && !has(a, TO_HIRERS)) out.add("asks-about-jobs");
  if (has(a, TRAITS_OF_HIRES) || has(a, HIRING_CONDITION)) out.add("asks-about-jobs");
  if (has(a, CUSTOMERS_LOOKING)) out.add("asks-what-they-look-for");
  return out;
}
