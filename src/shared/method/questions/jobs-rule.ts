import { type Analyzed, has, words } from "../text/analyze.ts";
import { OBLIQUE_JOB_PATTERNS } from "./jobs-oblique.ts";
import { HIRERS, JOB_ANY, JOB_STRONG, JOB_WEAK, PASS_ON_DETAILS, UNIT } from "./vocab.ts";

// Up to two words that do not start a prepositional phrase: in "is the growth of remote
// hiring…" the hiring belongs to "of", so the organization is not the one hiring (M10).
const PREP = "(?:of|in|for|about|on|with|to|into|around|across)";
const WORD = `(?!${PREP} )[a-z0-9]+`;
const GAP2 = `(?:${WORD} ){0,2}`;
const SUBJECT = `(?:you|your ${GAP2}${WORD}|the ${GAP2}${WORD}|they|we|anyone|anybody|any ${GAP2}${WORD}|it|he|she|there)`;
// People a team takes on; "customers" or "partners" are not hires.
export const STAFF =
  "(?:staff|people|person|anyone|anybody|someone|somebody|juniors?|graduates|grads|associates|engineers?|interns?|hires|team members|headcount|designers?|developers?|analysts?|nurses?|[a-z]+ists?|assistants?|consultants?|recruits|employees|workers|apprentices?|trainees?|devs?|accountants?|lawyers?|teachers?|vets|medics|paramedics|clerks?|chefs|cooks|paralegals|carers|hands(?! on)|deckhands|crew members|tradespeople|coordinators?|managers?|technicians?|researchers?|writers?|planners?|officers?|architects?|reporters?|students|freelancers?|contractors?|(?!(?:customers|users|members|partners|suppliers|providers|competitors|buyers|sellers|lenders|borrowers|investors|donors|funders|subscribers|readers|viewers|players|listeners|voters|owners|orders|others|numbers|offers|letters|papers|matters|centers|markets|projects)(?= ))[a-z]{3,}(?:ers|ors|ians))";
// "How many seasonal pickers does the farm take on each summer?": how many people the
// organization takes on is how many openings it has (M10), not its published size (M7).
export const HIRING_COUNT = words(
  `how many ~3${STAFF} ~6(?:take on|taking on|hire|hiring|recruit|recruiting|bring on|bringing on|bring in|bringing in|add|adding|onboard|onboarding)`,
);

const FOR_ME =
  "(?:for me|for someone like me|for someone with my|for people like me|for a person like me|for someone of my|for my profile|for my background)";

// "hiring challenges", "the hiring process": hiring as a modifier is not a question about jobs.
const NOT_MODIFIER =
  "(?! (?:challenges?|process|processes|practices?|trends?|markets?|managers?|decisions?|freeze|freezes|landscape|environment|difficult(?:y|ies)|problems?|issues?|needs?|plans?|strateg[a-z]*|criteria|pipeline|budget|season|spree|rates?|levels?|numbers?|data(?! (?:engineers?|scientists?|analysts?|architects?|people|staff|specialists?))|costs?|bar|standards?|tools?|policies|policy|outlook|conditions|activity|slowdown|boom|patterns?|climate|crisis|shortages?|gaps?)(?= ))";

// M10: asking about specific jobs, openings or opportunities (a yes/no question that ends
// the conversation). Each pattern names one way of asking it.
const PATTERNS: readonly RegExp[] = [
  // "Are you hiring?", "Is your team currently hiring?", "Will you be hiring?"
  words(`(?:are|is|be|was|were|will) ${SUBJECT} ${GAP2}(?:hiring|recruiting)${NOT_MODIFIER}`),
  // "…when you're hiring" is a condition inside another question, not a question about jobs.
  words(
    `(?<!(?:when|while|if|whenever|as|before|once|until) )(?:you|your ~2[a-z]+|they) (?:are|is) ~2(?:hiring|recruiting)${NOT_MODIFIER}`,
  ),
  // An embedded yes/no question is still the question: "Do you know if the hotel is hiring
  // front-desk staff?", "I wonder whether the agency is recruiting" (M10).
  words(
    `(?:know|knew|wonder|wondering|wondered|ask|asking|tell me|sure|idea|heard|hear|find out|check) (?:if|whether) ${SUBJECT} ~2(?:is|are|will be|would be|might be|may be) ~1(?:hiring|recruiting)${NOT_MODIFIER}`,
  ),
  words(`hiring for (?:the|a|an|that|this|your) ~3${JOB_ANY}`),
  // "Is your firm taking on junior associates?", "bringing on new designers". Not inside a
  // condition ("…when they take on trainees" qualifies another question), and not what is
  // wanted from people ("want from the analysts" is the look-for rule).
  words(
    `(?<!(?:when|while|whenever|once|before|after|until) (?:they|you|we|it|he|she|the [a-z]+|your [a-z]+) )(?:take|taking|bring|bringing|add|adding|onboard|onboarding|need|needs|needing|want|wants) (?:on )?(?:any |new |more |another |extra |additional |a |an |some )?(?!(?:from|in|of) )~2${STAFF}(?! to (?:bring|have|know|show|offer|demonstrate|be|do|come|arrive|understand))`,
  ),
  // "What's the scope for freshers in your firm?": room for newcomers in a named unit.
  words(
    `(?:scope|room|space|place|capacity|openings?) for (?:new |junior |more |fresh |any )?~1${STAFF} (?:in|at|on|within|with) (?:your|the|this)`,
  ),
  // "Is there any requirement in your team currently?": a need in the contact's unit with
  // no object is a vacancy in other words.
  words(
    `(?:is there|are there|do you have|any) ~2(?:requirements?|needs?|demand) (?:in|at|on|within) (?:your|the|this) ~2${UNIT} (?:\\?|currently|now|right now|at the moment|at present|this|for (?:a|an|any|new|more|junior) )`,
  ),
  words(
    `(?:are|is|be|will) ${SUBJECT} ~2(?:looking|searching|hoping) (?:for|to hire|to recruit|to find) (?!in )(?:a |an |new |more |another |any |some )?~3${STAFF}`,
  ),
  // "When is the next graduate intake?" asks about one. After "for your …" the intake is the
  // object of another verb ("who gets shortlisted for your graduate intake"): that verb decides.
  words(
    "(?<!for (?:your|the|its|their|this|next) )(?:next|graduate|trainee|annual|summer|spring|autumn|fall|september|january) intake|intake (?:for|of) (?:new|trainee|graduate|junior)",
  ),
  words("budget (?:for|to hire|to bring on) (?:another|a new|more|an extra|additional|one more)"),
  words(
    "(?:plan|plans|planning|going|expect|expecting|intend|intending|looking|hope|hoping|need|needing) to (?:hire|recruit|bring on|add) ~3(?:\\?|soon|this|next|people|anyone|someone|staff|more|new|any|in|on|for|headcount|a|an|the)",
  ),
  words(`any (?:hiring|recruiting|recruitment)${NOT_MODIFIER}`),
  // "Do you know anyone who is hiring data engineers?": a lead to an opening.
  words(
    `(?:anyone|anybody|someone|somebody|any (?:companies|firms|organizations|teams)) (?:who|that) (?:is|are|might be|may be|could be|will be) ~1(?:hiring|recruiting)${NOT_MODIFIER}`,
  ),
  words(
    "hiring (?:right now|now|soon|at the moment|currently|anyone|more|any|this year|next year|this quarter|next quarter)",
  ),
  // "Do you have any openings?", "Is there a position available?"
  words(
    `(?:be there|is there|are there|there be|there is|there are|do you have|do your ~2[a-z]+ have|does ~3have|you have|have you got|do you offer|does ~3offer|do you know of|know of|any chance of|will there be) ~4${JOB_STRONG}`,
  ),
  words(`(?:any|an|a) (?:open |available |upcoming |vacant |new )?${JOB_WEAK} ~6${FOR_ME}`),
  words(`${JOB_ANY} ~4${FOR_ME}`),
  words(
    `${JOB_ANY} ~3(?:that|which|who) (?:would|might|could|will|can|does|do) ~1(?:suit|fit|match) me`,
  ),
  words(`any ~2${JOB_STRONG}`),
  // "When will the hospital start hiring again?": the next openings, asked by their timing.
  words(
    "(?:start|starts|begin|begins|resume|resumes|restart|restarts) (?:hiring|recruiting)(?: again)?",
  ),
  // "Are there roles at the bank for people coming back after a break?"
  words(
    `(?:any|is there|are there|do you have|have you got) ~1${JOB_WEAK} (?:(?:at|on|in|with) (?:your|the)|(?:within|in) this)`,
  ),
  words(
    `(?:open|available|vacant|upcoming|unfilled|advertised|posted|listed) ~3(?:${JOB_ANY}|posts?)`,
  ),
  words("current (?:openings?|vacanc(?:y|ies)|postings?|job postings?)"),
  words(
    `${JOB_ANY} ~3(?:available|vacant|open|opening up|open up|opens up|come up|comes up|coming up|get posted|gets posted|be posted|is posted|posted|advertised|get post|be post|listed)`,
  ),
  // Asking to be considered: "Would you consider me for…", "Can you refer me for…"
  words(
    "(?:consider|recommend|refer|put|submit|shortlist|nominate|keep) me (?:internally |directly |personally |formally )?(?:for|forward|up for|in mind for)",
  ),
  // "Could you put in a good word?": asking to be recommended for a job.
  words("put in a ~1word(?: for me)?|(?:say|give) a good word"),
  // "I saw the posting for a policy analyst": naming a specific advertised job.
  words(
    `(?:saw|seen|noticed|read|found|spotted|came across) (?:the|your|a|an|that|this) ~3${JOB_STRONG}`,
  ),
  // "Will the department be filling the vacant post?"
  words(`(?:fill|fills|filling|filled) (?:the|that|this|a|an|your|its) ~3(?:${JOB_ANY}|posts?)`),
  words("(?:hire|employ|take on|bring on|onboard) me|(?:take|taking|took|bring|bringing) me on"),
  // "…could I be considered?", "has some place for a new reporter", "Hiring SOC analysts?"
  words("(?:can|could|would|might|may) i (?:be|get) considered"),
  words(
    `(?:has|have|got) (?:a |any |some )?(?:place|spot|space|room|opening|vacancy) for (?:a |an |another |one more )?(?:new |junior |extra )?~1${STAFF}`,
  ),
  /^ (?:hiring|recruiting|any openings|any vacancies) /,
  // "whether the agency expects to be recruiting", "the comms team will be recruiting anyone"
  words(
    `(?:expect|expects|expecting|plan|plans|planning|likely|going|intend|intends|set) to be (?:hiring|recruiting)${NOT_MODIFIER}`,
  ),
  words(
    `(?:the|your) ~3[a-z]+ (?:will|would|might|may|is going to|are going to|plans to|plan to) (?:be )?(?:hiring|recruiting)${NOT_MODIFIER}`,
  ),
  // "Is the youth worker job at the parish still open?": a named job's status (M10).
  words(`${JOB_ANY} ~5still (?:open|available|vacant|going|advertised|live|up|being advertised)`),
  // "Are you guys after any casuals?": "after" a kind of worker is a vacancy in other words.
  words(
    `(?:are|is) ${SUBJECT} (?:guys |folks |all |still )?(?:after|short of|short on) (?:any|some|more|extra|new|another|a few)`,
  ),
  // "…and could I be part of that?": asking to be among the people an expansion takes on.
  words(
    "(?:can|could|would|might|may) i (?:be|become) (?:a )?(?:part of|one of|among) (?:that|this|it|them|those)(?= (?:\\?|\\.|,|too|as well))",
  ),
  // "…would it be worth me applying?": whether to apply for a job there.
  words(
    "worth (?:me |my |my while |someone like me )?(?:applying|putting in an application|sending (?:in )?(?:my|a) (?:cv|resume|application))",
  ),
  // "Could you put a word in for me?"
  words("put a (?:good )?word in"),
  // "Do you guys take part-time students during the school year?"
  words(
    "(?:do|does|would|will) (?:you|your ~2[a-z]+) (?:guys |all |folks )?(?:take|hire|accept|employ|use) ~3(?:students|interns|graduates|grads|apprentices|trainees|freelancers|contractors|temps)",
  ),
  // "What does the studio pay its junior animators?": what the organization pays its own
  // people in a named role is the pay of a job there (M10).
  words(
    "(?:what|how much) (?:does|do|would|will) (?:the|your|this) ~2[a-z]+ pay (?:its|their|a|an|new|junior|entry level|starting) ~3[a-z]+",
  ),
  // Pay for a job there: "What sort of salary could an assistant winemaker expect at the estate?"
  words(
    "(?:salary|salaries|pay|compensation|wages?|starting rate|day rate) ~6(?:expect|earn|get|make|offer|offered) ~2(?:at|with|in|from) (?:the|your|you|this)",
  ),
  // "What's the starting salary for a trainee watchmaker in your atelier?": the pay of a
  // job there, named by role; pay "in the industry" is a sector question.
  words(
    "(?:salary|salaries|pay|compensation|wages?|starting rate|day rate|rate of pay)(?: bands?| ranges?| brackets?| scales?| grades?)? (?:for|of) (?:a|an) ~3[a-z]+ (?:at|in|with) (?:your|this|the)(?! ~2(?:industry|sector|field|profession|region|country|city|market|area|trade|world|line of work)(?= ))",
  ),
  // How many people it takes on (HIRING_COUNT); how many it employs is its size.
  HIRING_COUNT,
  // "…is there any seasonal work in the packing shed?": paid work there is a job.
  words(
    "(?:is there|are there|any|do you have|will there be) (?:any |some )?(?:seasonal|casual|temporary|temp|summer|holiday|part time|contract|freelance|paid|relief|locum|shift|weekend) (?:work|jobs?|shifts?|cover|gigs?)",
  ),
  // "Does the mine hire fly-in fly-out operators without prior experience?"
  words(
    `(?:do|does|would|will) (?:you|your ~2[a-z]+|the ~2[a-z]+) (?:ever |still |currently |usually |often )?(?:hire|recruit|take on|employ) ~4${STAFF}`,
  ),
  // "How much overtime do deckhands on your vessels pull in?": the terms of a job there.
  words(
    `how much (?:paid )?(?:overtime|tips|bonus(?:es)?) ~2(?:do|does|would|will|can|could|might) ~4${STAFF}`,
  ),
  // "do u think i would fit in on your team?": whether the speaker would be taken on.
  words("i (?:would|will|could|might|can) ~1fit (?:in )?(?:on|in|into|with|at) (?:your|the|this)"),
  // "…should I address my application for the claims role to them?"
  words(`my (?:application|cv|resume) (?:for|to) (?:the|a|an|your|this|that) ~3${JOB_ANY}`),
  // "If I applied to the studio, how long would it take to hear back?"
  words(
    "(?:if|when|once|after) i (?:apply|applied|send|sent|submit|submitted) (?:[a-z0-9%,]+ ){0,12}(?:hear back|get a response|get an answer|hear from|get a reply|get back to me)",
  ),
  words(
    `how many (?:~2(?:seasonal|temporary|temp|casual|summer|holiday|harvest|christmas|festive|extra|contract) ~1${STAFF}|casuals|temps|seasonals) ~6(?:employ|have|use|need|get|take)`,
  ),
  // "What's the closing date on the warehouse supervisor ad?": an advertised job.
  words(
    "(?:closing date|deadline|close date) ~4(?:for|on|of) (?:the|that|this|your) ~3(?:ad|advert|advertisement|posting|vacancy|role|position|job|opening)",
  ),
  // "What positions do you have open?": the opening asked for by its noun first.
  words(
    `(?:what|which) (?:kinds? of |types? of |sorts? of )?${JOB_STRONG} (?:do|does) (?:you|your ~2[a-z]+|the ~2[a-z]+) (?:currently |still )?(?:have|got) (?:open|available|going|free|coming up)`,
  ),
  // "…and do you need more?": more people at the organization is an opening.
  words(
    "(?:do|does|will|would) (?:you|your ~2[a-z]+|the ~2[a-z]+) (?:need|want) (?:more|extra|another|additional)(?= (?:\\?|staff|people|hands|nurses|help|engineers|drivers|$))",
  ),
  // "Which teams at your company have open headcount right now?"
  words("(?:open|unfilled|new) head ?count|head ?count (?:open|available|to fill)"),
  // "Do you think they'll replace the person who retired from your unit?": a vacancy.
  words(
    "(?:replace|replacing|backfill|backfilling|fill) (?:the|that|this|her|his|their) ~2(?:person|post|seat|spot|role|position|colleague|nurse|engineer|teacher|[a-z]+er) (?:who|that) (?:retired|left|moved|resigned|quit|is leaving|has left|went)|backfill (?:the|that|her|his|their) ~2(?:role|post|position|job|seat)",
  ),
  // "I'm hoping to land a spot on the night shift": a place on a team there.
  words(
    "(?:land|get|secure|grab|snag|win) (?:a|an) (?:spot|place|job|role|position|post|seat|slot) (?:on|in|with|at) (?:the|your|a|an)",
  ),
  // "For the nurse educator vacancy, …": a named vacancy is a specific job.
  words(
    "(?:for|about|on|regarding|re) (?:the|that|this|your) ~3(?:vacanc(?:y|ies)|openings?|postings?|job ads?|advertised (?:role|post|position))",
  ),
  // "Is overtime paid for deckhands on your vessels?": the terms of a job there (M10).
  words(
    "(?:is|are|do|does|will|would) ~4(?:overtime|bonus(?:es)?|holiday pay|sick pay|shift allowances?|tips) ~3(?:paid|pay|offered|given|included|available)",
  ),
  words(
    `(?:do|does|will|would) ~2${STAFF} ~2(?:get|receive|earn) ~1(?:paid )?(?:overtime|bonus(?:es)?|tips|holiday pay|sick pay|a pension|shift allowances?)`,
  ),
  // "What does a dental nurse earn at your practice?": the pay of a job there, asked by role.
  words(
    "(?:what|how much) (?:does|do|would|could|might|can|will) (?:a|an) ~3[a-z]+ (?:earn|make|get paid|be paid|take home|get) ~2(?:at|with|in) (?:the|your|this)",
  ),
  // Named organizations are not seen in lower case: "at Corrant Air", "at Ferncroft". "At"
  // after a role's pay names where the job is; "in" would be a region or a sector.
  words(
    "(?:what|how much) (?:does|do|would|could|might|can|will) (?:a|an) ~3[a-z]+ (?:earn|make|get paid|be paid|take home|get) ~5at(?! (?:the )?(?:start|beginning|end|top|bottom|moment|outset|most|least|first)(?= ))",
  ),
  words(
    "(?:starting |entry level |typical |average )?(?:salary|salaries|pay|compensation|wages?|starting rate|day rate|rate of pay) (?:for|of) (?:a |an )?~3[a-z]+ at(?! (?:the )?(?:start|beginning|end|top|bottom|moment|outset|entry level|junior level|senior level)(?= ))",
  ),
  // "Any chance of a teaching assistant post at your school?": "post" as a job, after a
  // question about whether one exists (a blog or LinkedIn post is not).
  words(
    "(?:any chance of|is there|are there|do you have|will there be|would there be|any) (?:a |an |any )?~3(?<! (?:blog|linkedin|social|media|recent|latest|news|instagram|facebook|forum|guest|a|an|any|the) )posts?(?! (?:mortem|office|code|doc|docs|production|graduate|about|on))",
  ),
  // "Is there a post going in the finance team?": a post said to be going, open or free is a
  // vacancy whatever stands before it.
  words(
    "(?:a|an|any) ~2posts? (?:going|open|available|vacant|free|coming up|to fill)(?! (?:to|on|about))",
  ),
  words("head ?count (?:plans?|growth|increase|budget|for next|next year|this year)"),
  words("(?:can|could|may|might) i ~3(?:work|intern|volunteer) (?:for|with|at) (?:you|your)"),
  words(
    "(?:can|could|may|might|should) i (?:join|work for|work at|work with|work on|intern at|intern with|intern for) (?:you|your)",
  ),
  words("(?:should|can|could|do|may|might) i (?:apply|send (?:you )?my (?:resume|cv|application))"),
  words("(?<!(?:when|if|once|before|as|after) )i ~1(?:apply|applied) (?:for|to)"),
  words(
    `(?:let me know|tell me|keep me posted|notify me|give me a heads up|alert me|ping me|email me) ~6(?:${JOB_ANY}|open up|opens up|comes up|come up|available|posted|get post|be post)`,
  ),
  words(
    "(?:anything|something|a spot|a seat|a place|a role|a position) ~3(?:open up|opens up|opening up|come up|comes up|become available|becomes available|becoming available|free up|frees up|freeing up)",
  ),
  words("careers? (?:page|site|portal|website)"),
  words("openings|vacancies|job openings|open roles|open positions|job postings|job ads"),
  // Passing on a CV is asking to be considered; passing on one's details is an introduction
  // (M11, exceptions.ts) unless they go to the people who hire.
  words(
    "(?:pass|send|forward|give|hand|share) ~1my (?:cv|resume|application|portfolio) ~3(?:along|on|to|with)",
  ),
  words(`${PASS_ON_DETAILS} ~2${HIRERS}`),
  words("interview(?:ing)? me|interview for (?:the|a|an|that|this) ~3(?:job|role|position)"),
  words(
    "room (?:for|on) (?:me|someone|a|an|another|one more)(?! (?:improvement|growth|error|debate|discussion|negotiation|change|new ideas))",
  ),
  words(
    "(?:open|opens|opening) for applications|(?:accepting|taking) applications|applications open",
  ),
  // "What are my chances of getting an interview?": the odds of being taken on (M10).
  words(
    `(?:shot|chance|chances|odds|likelihood) (?:at|of) (?:me |my |someone like me |someone with my [a-z]+ )?(?:getting|landing|being offered|being given|securing|winning)? ?~3(?:${JOB_ANY}|offer|place|interview|trials?|trial shifts?|shifts?)`,
  ),
  words("(?:anything|something) (?:open|available|going)"),
  words(
    "(?:get|land|getting|landing|find|finding) (?:a|an) ~2(?:job|position|role|place|spot|internship) (?:at|with|on|in|for) (?:your|you)",
  ),
  // Asking the contact to open the door is about a job; asking how one gets in is the
  // look-for rule (look-for-rule.ts).
  words("(?<! (?:way|route|how)(?: [a-z]+){0,4} )(?:get|getting) (?:a|my) foot in the door"),
];

// "the group opened two new hotels this year - what are you hoping those openings will
// achieve?": openings of venues are not job openings (M10).
const VENUE_OPENINGS = words(
  "(?:(?:opened|opens|launched|launching) ~4|(?:opening|open) (?:new|a new|another|more|two|three|four|five|several|[0-9]+) ~2)(?:hotels?|stores?|shops?|branches|sites?|restaurants?|offices?|clinics?|locations?|venues?|outlets?|plants?|factories|warehouses?|galleries|museums?|schools?|centers?)|(?:hotel|store|shop|branch|site|restaurant|office|clinic|venue|outlet|plant|gallery) openings?",
);

function withoutVenueOpenings(a: Analyzed): Analyzed {
  // Surface forms only: the lemma of "openings" is "opening", which would read as the verb.
  if (!VENUE_OPENINGS.test(a.surface)) return a;
  const blank = (joined: string) => joined.replace(/ openings? /g, " launches ");
  return { ...a, surface: blank(a.surface), lemmas: blank(a.lemmas) };
}

/** M10: does the question ask about specific jobs, openings or opportunities? */
export function asksAboutJobs(question: Analyzed): boolean {
  const a = withoutVenueOpenings(question);
  return PATTERNS.some((p) => has(a, p)) || OBLIQUE_JOB_PATTERNS.some((p) => has(a, p));
}
