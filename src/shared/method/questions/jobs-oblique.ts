import { words } from "../text/analyze.ts";
import { JOB_ANY } from "./vocab.ts";

// M10, oblique forms of "are there jobs for me?": they never say "opening" or "vacancy"
// but still ask the contact a yes/no question about being taken on. Kept apart from the
// direct patterns in jobs-rule.ts so each list stays readable.

const UNIT =
  "(?:team|teams|department|division|group|unit|office|practice|company|firm|agency|organization|business|lab|studio|clinic|branch|store|school|hospital|bank|charity|startup)";
const FOR_ME =
  "(?:me|someone like me|someone with my [a-z]+|a person like me|people like me|someone of my [a-z]+)";
const GROW =
  "(?:grow|growing|grows|expand|expanding|expands|scale|scaling|scales|get bigger|getting bigger|staff up|staffing up|build out|building out)";

// A pattern that must start the question (the joined text begins with a space).
function atStart(source: string): RegExp {
  return new RegExp(`^${words(source).source}`);
}

export const OBLIQUE_JOB_PATTERNS: readonly RegExp[] = [
  // "Would your team have space for a junior marketer?", "budget for one more"
  words(
    "(?:have|has|got|be|is|there) (?:the |any |enough )?(?:space|room|capacity|budget|headcount|a place|a spot|an opening|a vacancy) (?:for|to take on|to bring on|to hire) (?:a|an|another|one more|someone|somebody|anyone|an extra|more|new|me|extra)(?! (?:improvement|growth|error|debate|discussion|change|changes|ideas?|new ideas|innovation))",
  ),
  // "I was wondering if you might have anything for a recent graduate."
  words(
    "(?:have|got|be) (?:anything|something) (?:suitable |available |going |open )?(?:for|that would suit|that might suit) (?:me|a|an|someone|somebody|people|recent|new|junior|graduates|entry level)",
  ),
  // "Are you expanding the team anytime soon?"
  atStart(
    `(?:are|is|will) (?:you|they|we) ~2(?:expanding|growing|adding to|building out|scaling up|scaling|enlarging) (?:the|your|their) ~2${UNIT}`,
  ),
  // "Is your team growing at all this year?": a yes/no question about headcount. Only the
  // question form counts; "Where do you see growth in the team?" is a goals question (M8).
  atStart(
    `(?:is|are|will|would) (?:your|the) ~2${UNIT} ~2${GROW}(?! (?:its|their|the|your|into|in|revenue|sales|market|the business))`,
  ),
  atStart(
    `(?:do|does) (?:you|your ~2${UNIT}|the ~2${UNIT}) (?:plan|expect|intend|hope) to ${GROW}`,
  ),
  // "Would there be room / a place for me?", "a spot for someone with my background".
  words(`(?:place|spot|room|space|seat|home|opening|role|job|position|slot|need) for ${FOR_ME}`),
  // "Is there any room on your team for someone like me?": the unit may come in between.
  words(
    `(?:place|spot|room|space|seat|opening|role|position|slot) (?:on|in|at|within) (?:your|the) ~2${UNIT} for ${FOR_ME}`,
  ),
  // "When do you usually post new graduate roles?", "Are you advertising any roles soon?"
  words(
    `(?:post|posts|posting|advertise|advertises|advertising|publish|publishes|list|lists) ~3${JOB_ANY}(?! (?:of|in|that|which) (?:the|your))`,
  ),
  // "Is there any work going for freelance translators?"
  words(
    "(?:any|some) (?:work|shifts?|contracts?|freelance work|contract work|paid work|projects?) (?:going|available|on offer|coming up)",
  ),
  // "I'd love to work for you — is that a possibility?", "I'd like to join your team."
  words(
    "i (?:would|will|really) ~1(?:love|like|want|be keen|be interested|be happy|jump at the chance) to (?:work|join|intern|volunteer) (?:for|at|with|on|in)? ?(?:you|your)",
  ),
  words(
    "i (?:want|hope|am hoping|am keen|am looking) to (?:work|join|intern) (?:for|at|with|on|in)? ?(?:you|your)",
  ),
  // "Could I be considered for the operations manager post?"
  words("(?:i|me) ~2(?:be considered|being considered|get considered) for"),
  // "What would I need to do to get an offer from your company?" is the look-for rule; here
  // the direct ask: "Can you help me get a job / an offer / an interview with you?"
  words(
    "help me ~3(?:get|land|find|secure) (?:a|an|my) ~2(?:job|role|position|offer|interview|internship|placement)",
  ),
  // "Could you find a spot for me on the team?", "squeeze me in"
  words(
    "(?:find|make|create) (?:a|some) ~1(?:spot|room|place|role|position) for me|(?:squeeze|fit|slot) me in",
  ),
];
