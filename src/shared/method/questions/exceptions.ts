import { type Analyzed, has, words } from "../text/analyze.ts";
import type { QuestionRule } from "../types.ts";
import { ORG_WIDE, SECTOR } from "./vocab.ts";
import { OWN_TEAM } from "./website-rule.ts";

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

/** The violations the rules positively recognised as absent, so the model may not add them. */
export function recognisedExceptions(a: Analyzed): ReadonlySet<QuestionRule> {
  const out = new Set<QuestionRule>();
  if ((has(a, COUNT) && has(a, OWN_TEAM)) || has(a, OFFERED_TO_OWN_PEOPLE)) {
    out.add("answerable-from-website");
  }
  if (has(a, SECTOR_HIRING) && has(a, SECTOR_SCOPE)) out.add("asks-about-jobs");
  if (has(a, CUSTOMERS_LOOKING)) out.add("asks-what-they-look-for");
  return out;
}
