import { type Analyzed, has, words } from "../text/analyze.ts";
import { STAFF } from "./jobs-rule.ts";
import { HIRE_CONTEXT } from "./vocab.ts";

// What an evaluator wants to find in people: "like to see in new associates", "look for in
// interns", "value in analysts". With "you" (or the contact's organization) as the judge.
const WANT_IN =
  "(?:look|looking|looks) for|like to see|want to see|hope to see|expect to see|value|values|prize|prizes|prefer|prefers|seek|seeks|want|wants|expect|expects|need|needs";

// "new paralegals", "junior chefs": people being taken on, by the shape of the noun, except
// the organization's customers and partners.
const NEW_PEOPLE =
  "(?:new|junior|graduate|entry level|prospective|incoming|trainee|first year) (?:[a-z]+ )?(?!(?:customers|users|members|partners|suppliers|providers|competitors|buyers|sellers|lenders|investors|donors|funders|subscribers|readers|viewers|players|markets|products)\\b)[a-z]+(?:ers|ors|ists|ians|ants|ents|egals|ees|chefs|staff|cooks|nurses|doctors|officers|clerks)";
const hireContext = words(HIRE_CONTEXT);
// Kept apart from HIRE_CONTEXT so the common case stays one cheap alternation.
// A candidate's work sample is judged like the candidate: "What do you look for in a
// translator's test piece?". Auditions, trialists and the people "who do the hiring" set the
// scene as candidates do, and so does a "when they recruit" clause closing the question.
const hireContextMore = words(
  `${NEW_PEOPLE}|auditions?|freshers?|trialists?|triallists?|(?:who|that) (?:do|does|did) the (?:hiring|recruiting|recruitment|interviewing|shortlisting|selecting)|when (?:you|they|it|we|the ~2[a-z]+) (?:are |is )?(?:scout|scouts|scouting|recruit|recruits|recruiting|hire|hires|hiring|audition|auditions|auditioning|shortlist|shortlists|shortlisting)(?= (?:\\?|\\.|,|for|new|people|staff))|(?:your|their|the|these|those) ~1interviews?|interview (?:day|questions?)|test (?:pieces?|translations?|tasks?|projects?)|(?:work|writing|code) samples?|showreels?|audition (?:pieces?|tapes?)|trial shifts?|when (?:you are |they are |we are |it is )?(?:appointing|hiring|recruiting|selecting|interviewing|taking on|bringing on|choosing|picking|shortlisting)|(?:someone|somebody|a person|people|candidates?|applicants?) (?:without|with no|lacking) (?:a |the |any )?(?:degree|experience|qualifications?|background)|(?:your|the|their|our) next (?:[a-z]+ )?(?:hire|hires|recruit|recruits|appointment|intake)|assessors?|finalists?|(?:the|your|a) (?:selection |interview |hiring |appointment )?panel(?! (?:discussion|debate|session|event|talk))|(?:choosing|picking|deciding) between ~2(?:candidates|applicants|finalists|people)|(?:take home|home) (?:assignments?|tests?|tasks?|exercises?)|(?:assessment|selection) (?:tasks?|exercises?|centers?|days?)|case study interviews?|(?:hiring|interview|interviewing|selection|recruitment|appointment|appointments|appointing) (?:panels?|committees?|boards?)|(?:that|who|whom)? ?(?:you|they|the ~2[a-z]+) (?:keep|kept|keeps|retain|retains|retained) on|the ones (?:you|they) (?:keep|kept|hire|hired|take on|took on)`,
);

// With a hiring context, these turn a question into "what do you look for?" (M10): what the
// judges value, respond to or screen out ("weed out", "sift"), however it is phrased.
const EVALUATIVE = words(
  "(?:look|looking|looks|listen|listens|listening|watch|watches|watching|check|checks|checking|test|tests|testing) ~1for|test|tests|gauge|gauges|judge|judges|probe|probes|after|worry|worries|concern|concerns|put off|puts off|tips it|tip it|tips the (?:balance|scales)|swings it|clinches it|decides it|bother|bothers|hold ~2against|count against|counts against|mark|marks|marking|mark down|marks down|score|scores|scoring|grade|grades|grading|knock out|knocks out|rule out|rules out|reject|rejects|red flags?|deal ?breakers?|matter|matters|carry weight|carries weight|count for|counts for|(?:do|does|did|doing) (?:well|best|badly|poorly)|succeed|succeeds|thrive|thrives|(?:kind|type|sort) of (?:person|people)|quality|qualities|traits?|skills?|characteristics?|attributes?|qualifications?|backgrounds?|experience|profiles?|competenc(?:y|ies|e|es)|credentials?|attitudes?|mindsets?|personalit(?:y|ies)|value|values|valued|want|wants|need|needs|seek|seeks|prefer|prefers|expect|expects|require|requires|prioritize|like to see|want to see|hope to see|impress|impresses|stand out|stands out|screen|screens|review|reviews|evaluate|evaluates|assess|assesses|filter|shortlist|reject|rejects|red flags?|deal ?breakers?|mistakes|ideal|perfect|best|strong|strongest|good|great|successful|catch your eye|catches your eye|get noticed|noticed|differentiate|separates?|sets? ~3apart|make|makes|made|improve|advice|separate|required|require|requirement|requirements|must|necessary|essential|attention|ask|asks|watch for|important|importance|matter|matters|count|counts|weigh|weight|care ~1about|cares ~1about|respond ~1to|responds ~1to|react ~1to|reacts ~1to|warm to|appreciate|appreciates|favor|favors|weed|weeds|sift|sifts|narrow down|whittle|rule out|pay attention to|notice|put|include|mention|highlight|show",
);

// The judge may also be named after an inverted auxiliary: "What do partners value in
// trainees?". The organization's customers judging its staff is a differentiation question.
const JUDGE = `(?:you|your ~2[a-z]+|they|the ~2[a-z]+|(?:do|does|did|would|will|are|is|were) (?!(?:customers|clients|users|patients|donors|buyers|consumers|members|readers|viewers|students|families|people|funders|investors|shoppers|guests|residents|citizens) )[a-z]+)`;

const PATTERNS: readonly RegExp[] = [
  words(
    `${JUDGE} ~3(?:${WANT_IN})(?: most| above all| especially| the most| first| above everything)? (?:in|from) (?:your |a |an |the |their |its )?(?:new |newly qualified |junior |graduate |entry level |prospective |potential |future |incoming |first year |young )?~2${STAFF}`,
  ),
  // "What kind of people tend to thrive on your team?": the profile they want, in other words.
  words(
    "(?:what|which) (?:kinds?|types?|sorts?) of (?:people|person|personalit(?:y|ies)) (?:tend to |usually |typically |really )?(?:thrive|thrives|do well|does well|succeed|succeeds|fit in|fits in|last|lasts) (?:on|in|at|with) (?:your|the|this) ~2(?:team|teams|firm|company|practice|studio|office|unit|department|group|organization|kitchen|ward|lab)",
  ),
  // "How much experience would I need before your company would look at me?"
  words(
    "(?:before|until|for) (?:you|your ~2[a-z]+|the ~2[a-z]+|they) (?:would |will |might |could )?(?:look at|consider|shortlist|interview|take) me",
  ),
  // "What would make you hire someone like me?"
  words(
    "(?:what|which) ~4(?:make|makes|convince|convinces|persuade|persuades|get|gets) (?:you|your ~2[a-z]+) ~2(?:to )?(?:hire|recruit|take on|bring on|choose|pick|interview|shortlist|offer) (?:someone|somebody|me|a candidate|candidates|people|them|an applicant|applicants|a person|one candidate)",
  ),
  // "What do you need to see from someone to bring them on board?"
  words(
    `(?:need|want|like|hope|expect) to see (?:from|in) (?:someone|somebody|a candidate|candidates|people|applicants|them|a person|a new|new|(?:a|an|the) ~2${STAFF})`,
  ),
  // "What sort of person are you after?", "Who are you looking for?"
  words(
    "(?:what|which) (?:kinds?|types?|sorts?) of (?:person|people|candidates?|profiles?|background|hires?|applicants?) (?:are|is|would|do|does) (?:you|your ~2[a-z]+|the ~2[a-z]+) ~2(?:after|looking for|seeking|searching for|searching|hoping for|wanting|want|need|hoping to (?:find|hire|attract))",
  ),
  // "What would I need to do to get an offer from your company?"
  words(
    "(?:what|which|how) ~5(?:i|someone|somebody|one|a person|people|(?<!did )you) ~3(?:need|needs|have|has|must|should|would) ~3to ~3(?:get|land|receive|secure|win) (?:an|a|the) ~2(?:offer|interview|job|position|role|place|seat|spot)",
  ),
  // "the people you bring onto your team", "those you hire"
  words(
    "(?:people|person|someone|those|anyone|the ones|folks) (?:that |who |whom )?(?:you|your ~2[a-z]+) ~2(?:hire|hires|recruit|recruits|bring|brings|take on|takes on|add|adds|onboard|select|choose|pick|interview)",
  ),
  // "How did you get hired into your first role?" asks the contact's own path (M6), not
  // what they look for.
  words("(?<!(?:did|were|was|had) you ~1)(?:get|getting|gets|be|being) hired"),
  words(
    "(?:ideal|perfect|dream) ~3(?:candidates?|applicants?|hires?|profiles?|recruits?|fit|employees?|backgrounds?|graduates?|trainees?|interns?|juniors?|starters?|joiners?|apprentices?)",
  ),
  // "What does your ideal new teacher look like?"
  words(
    `(?:ideal|perfect|dream) (?:new |junior |graduate |entry level |first year )?${STAFF} (?:look|looks) like`,
  ),
  // "…so your HR people shortlist me?", "What would make me stand out?"
  words("(?:shortlist|shortlists|notice|notices|pick|picks|select|selects) me"),
  words(
    "make ~4(?:me|myself|my application|someone|somebody|a candidate|candidates|an applicant|applicants) ~1(?:stand out|shine|memorable|noticed)",
  ),
  // "What gets a junior's portfolio noticed by the leads?"
  words(
    "(?:gets?|makes?|getting) ~4(?:portfolio|portfolios|cv|cvs|resume|resumes|application|applications) ~2(?:noticed|stand out|shortlisted|seen|picked)",
  ),
  words(
    "(?:good|great|strong|right|best|culture) fit for (?:your|the) ~2(?:team|company|firm|organization|role|group|department|agency)",
  ),
  words(
    "your ~2(?:hiring|recruitment|recruiting|interview|interviewing|selection|screening) (?:process|processes|criteria|bar|standards?|rubric|approach|pipeline)",
  ),
  words(
    "(?:what|which) (?:kinds?|types?|sorts?) of (?:people|person|candidates?|profiles?|backgrounds?|graduates?|hires?|employees?|talent|applicants?) (?:do|does|would|will|did) (?:you|your ~2[a-z]+|the ~2[a-z]+) ~2(?:hire|recruit|look|prefer|seek|bring on|bring onto|bring into|take on|want|tend to hire|usually hire)",
  ),
  words("who (?:do|does|would|will) (?:you|your ~2[a-z]+) ~2(?:hire|recruit|take on|bring on)"),
  words(
    "(?:does it|would it|will it) take ~4to ~2(?:get hired|be hired|get in|join|land|get an offer|get a job|work (?:here|there|at|for))",
  ),
  // "How would someone like me get in at the theatre?": the speaker under another name.
  // "What's the best way to get my foot in the door at the agency?" asks the same.
  words(
    "(?:best|right|quickest|easiest|fastest|surest) (?:way|route) (?:for (?:me|someone like me) )?to (?:get (?:my foot in the door|in (?:at|with)|hired (?:at|by))|break in (?:at|with))",
  ),
  words(
    "how (?:do|can|could|would|should|might) (?:i|someone like me|someone with my [a-z]+|a person like me|people like me|someone in my position) ~3(?:impress|stand out|get noticed|get hired|get an interview|get an offer|be considered|beat other|improve my chances|get in|get (?:a|my) foot in)",
  ),
  // "What would help me get picked?": what gets a candidate chosen (M10).
  words(
    "(?:help|helps|helped|get|gets) (?:me|someone like me|a candidate|candidates|an applicant|applicants) ~1(?:get |be )?(?:picked|chosen|selected|shortlisted|taken on)",
  ),
  words("(?:improve|increase|boost) my (?:chances|odds)"),
  // "What are the real selection criteria for your graduate scheme?": the criteria are what
  // they look for, whoever applies them.
  words("(?:selection|shortlisting|hiring|recruitment|recruiting|screening) criteria"),
  // "…and what gets someone hired there?": what gets a person taken on (M10).
  words(
    "(?:get|gets|getting|got) (?:someone|somebody|people|a person|candidates?|applicants?|me|you) (?:hired|taken on|an offer|an interview|through the door|in the door)",
  ),

  words(
    "(?:decide|choose|pick|select|determine) (?:who|which candidates?|which applicants?|between candidates) ~3(?:get|gets|hire|hired|make|makes|move|moves|receive|receives|advance|advances|go through|goes through|to hire|to interview|an offer)",
  ),
  words("who (?:gets|get|receives|receive) (?:an|the) (?:offer|interview|job)"),
  words(
    "make (?:my|a|an|your|someone) ~2(?:application|resume|cv|profile|cover letter|portfolio|linkedin|candidacy) ~3(?:stand out|better|stronger|shine|pop|noticed|attractive|competitive)|get (?:past|through) ~3(?:screening|screen|screens|filters?|ats|applicant tracking)",
  ),
];

// "Are you taking on trainees this year, and what do you look for in them?": the pronoun
// carries the people being taken on into the look-for clause.
const LOOK_FOR_PRONOUN = words(`(?:${WANT_IN}) (?:in|from) (?:them|those|these|him|her)`);
const STAFF_NAMED = words(STAFF);

/** M10: does the question ask what they look for in candidates? */
export function asksWhatTheyLookFor(a: Analyzed): boolean {
  if (PATTERNS.some((p) => has(a, p))) return true;
  if (has(a, LOOK_FOR_PRONOUN) && has(a, STAFF_NAMED)) return true;
  return (has(a, hireContext) || has(a, hireContextMore)) && has(a, EVALUATIVE);
}
