import { find, has, type Span, words } from "../text/analyze.ts";
import { lexiconTags } from "../text/lemma.ts";
import { firstHit, type Hit, negatedAt, type Sentence } from "./sentences.ts";

const ORG_TYPE =
  "(?:division|biotech|pharma|fintech|medtech|edtech|proptech|insurtech|agritech|cleantech|ngos?|non governmental organizations?|centers?|comprehensive|academy|secondary school|primary school|sixth form|hospice|company|companies|firm|charity|nonprofit|non profit|not for profit|agency|contractor|bank|startup|start up|retailer|manufacturer|provider|platform|organization|hospital|school|consultancy|group|chain|network|ministry|department|utility|insurer|lender|publisher|studio|practice|clinic|foundation|association|cooperative|co op|distributor|wholesaler|terminal|courthouse|court|tribunal|newspaper|daily|label|house|refinery|mill|mine|shipyard|venue|merchant|dealer|importer|exporter|brand|business|developer|operator|builder|supplier|vendor|partnership|authority|council|university|college|institute|lab|museum|restaurant|hotel|airline|carrier|broker|fund|shop|store|scale up|scaleup|subsidiary|marketplace|service|services|app|maker|producer|outfit|operation|enterprise|corporation|collective|union|board|team of|prison|jail|library|zoo|orchestra|theater|club|trust|federation|league|charity|farm|estate|port|airport|municipality|township|borough|county|parish|local authority|government)";
const ORG_NOUN_ALONE = new RegExp(`^${ORG_TYPE}$`);
const ORG_SUBJECT =
  "(?:we|they|it|our (?:company|firm|organization|agency|business|group|charity|team)|the (?:company|firm|organization|agency|business|group|charity|bank|hospital|school|startup|nonprofit|studio|practice|clinic|foundation|store|restaurant|chain|ministry|department))";

// A2, what the organization does and its scope, in the present tense. The modifiers may run
// long ("a three-hundred-and-twenty-bed private tertiary hospital") but stay one noun phrase:
// "a good place to learn how a big organization works" is not a description.
const ORG_IS = words(
  `(?:is|are|was|were) (?:a|an|one of|the|around|about|over|roughly|nearly|almost|more than|[0-9][0-9,]*|a team of) (?:(?!(?:how|what|where|who|that|which) |(?:place|places|way|time|chance|thing|lot) to )[a-z0-9%]+ ){0,7}${ORG_TYPE}s?|(?:is|are|was|were) (?:around|about|over|roughly|nearly|almost|more than|[0-9][0-9,]*) (?!(?:half|a third|a quarter|a fifth|double|twice|the same|[a-z]+ percent)(?= ))~2[0-9a-z]+`,
);
const ORG_DOES = new RegExp(
  ` ${ORG_SUBJECT} (?:also |mainly |mostly |primarily |basically )?(?:recover|recovers|sell|sells|make|makes|provide|provides|serve|serves|operate|operates|employ|employs|build|builds|run|runs|offer|offers|help|helps|support|supports|develop|develops|design|designs|manufacture|manufactures|distribute|distributes|deliver|delivers|manage|manages|work with|works with|specialize|specializes|focus on|focuses on|do(?! not)|does(?! not)|connect|connects|fund|funds|train|trains|treat|treats|handle|handles|process|processes|oversee|oversees|regulate|regulates|administer|administers|maintain|maintains|represent|represents|publish|publishes|install|installs|insure|insures|lend|lends|redistribute|redistributes|care for|cares for|ship|ships|produce|produces|host|hosts|teach|teaches|organize|organizes|carry|carries|transport|transports|fly|flies|(?:have|has)(?: got)? (?:about |around |over |roughly |nearly |almost |more than |some )?(?:[0-9][0-9,]*|offices|locations|stores|sites|clients|customers|members|branches|staff|employees|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a|one|a few|several|many) (?:hundred|thousand|million|dozen))) `,
);
const NAME_VERBS =
  /^(?:serves|makes|sells|provides|operates|employs|builds|runs|offers|helps|supports|develops|designs|manufactures|distributes|delivers|manages|specializes|focuses|connects|funds|trains|treats|represents|publishes|installs|insures|lends|redistributes|recovers|produces|hosts|teaches|ships|owns|has)$/;
// "…, which is one of the largest law firms in Nigeria"; "which was a record for the
// institute" puts the organization after a preposition: a result, not a description.
const NP_WORD = "(?:(?!(?:for|of|in|at|to|with|by|from|on) )[a-z0-9%]+ )";
const APPOSITIVE = words(
  `, (?:a|an) ~5${ORG_TYPE}|(?:which|that) (?:is|was|are|were) (?:a|an|one of the|the) ${NP_WORD}{0,6}${ORG_TYPE}s?`,
);
const SCOPE = words(
  `(?:national|international|global|regional|nationwide|worldwide|multinational|family owned|publicly traded) (?:[a-z]+ )?(?:${ORG_TYPE}|presence|footprint|reach|operations)(?! (?:audits?|clients?|accounts?|projects?|jobs?|contracts?|engagements?|deals?|mergers?)(?= ))|with (?:offices|operations|clients|customers|stores|locations|sites|members|employees|staff|branches|programs) (?:in|across)|(?:in|across) (?:every|all|[0-9]+|several|many|most|two|three|four|five|six|seven|eight|nine|ten) (?:provinces?|states?|countries|cities|regions|continents|boroughs|counties|districts|towns|sites)`,
);

function orgSubjectIsCapitalised(s: Sentence, span: Span): boolean {
  // "Harvest Link is a…": a capitalised name (not "I") right before the verb.
  const before = s.a.tokens[span.from - 1];
  return before?.cap === true && before.norm !== "i";
}

// "Harvest Link", "the Millbrook Housing Co-operative": a capitalised word, or the tail of a
// hyphenated word whose head is capitalised.
function endsName(s: Sentence, k: number): boolean {
  const t = s.a.tokens[k];
  if (!t || t.norm === "i") return false;
  if (t.cap) return true;
  const head = s.a.tokens[k - 1];
  return head?.cap === true && head.norm !== "i" && s.a.text[t.start - 1] === "-";
}

// "It's a big consumer brand, I'm not allowed to say more": a withheld organization is not
// described (A2), whatever category it is put in.
const WITHHELD = words(
  "(?:do not|did not) (?:need|have) to tell you (?:what|who) (?:we|they|it) (?:do|does|are|is)|you (?:probably |already |obviously )?know (?:the firm|the company|the organization|the business|us|them|who we are|what we do)|you have (?:probably |likely |already )?heard of (?:them|us|it)|not (?:allowed|able|supposed|permitted) to (?:say|name|tell|share|mention|disclose)|(?:will not|would not|do not want to|not going to) bore you|(?:can not|cannot|will not|would rather not|do not want to) (?:say|name|share|mention|disclose) ~2(?:who|which|the name|it|much|more|too much)|leave the name out|under (?:an )?nda",
);

// "We were a team of six under the head of finance": the speaker's unit inside the
// organization, not the organization and its scope (A2).
const UNIT_INSIDE = words(
  "(?:team|group|unit|crew|squad|department) of ~3(?:under|within|inside|reporting|in the|in our|part of)",
);

// "It's a good shop, good people": praise names no line of work or scope (A2).
const PRAISE_ONLY = words(
  `(?:is|are|was|were) (?:a|an) (?:(?:really|very|pretty|great|good|nice|decent|fine|lovely|brilliant|solid|cool|fun|friendly|great little|good little|proper) )+${ORG_TYPE}s?(?= (?:,|\\.|!|to|and|with good|$))`,
);

const PART_OF_GROUP = words(`part of (?:a|an|the) ~4${ORG_TYPE}`);
const APPOSITIVE_THE = words(
  `, the (?:[a-z]+ ){0,3}${ORG_TYPE}(?= (?:here|there|in|of|for|,|-|\\.|which|that|based))`,
);
const REMIT = words(
  "(?:it|they|we|the [a-z]+) (?:is|are|was|were) (?:responsible for|in charge of|tasked with)|(?:sits|sit) (?:within|under|inside) (?:the|a|an)",
);
// "The deal I'm proudest of was a regional bank": a client described is not the employer.
const CLIENT_DESCRIBED = words(
  "(?:deal|client|customer|account|contract|tender|bid|pitch) ~5(?:was|is|with|for) (?:a|an|the)",
);

// "It's a small company, so I do a bit of everything": a size alone says nothing of what the
// organization does (A2).
const SIZE_ONLY = words(
  "(?:is|are|was|were) (?:a|an) (?:(?:small|big|large|tiny|little|medium sized|mid sized|young|new|growing) )+(?:company|business|firm|organization|organisation|outfit|operation)(?= (?:,|\\.|so|and|but)(?= ))",
);

const NAMED_IS = words(
  "(?:is|are) (?:a|an) (?:[a-z0-9%]+ ){1,5}(?:based|headquartered|located|covering|serving|with (?:about|around|over|some|more than|nearly|[0-9]+|offices|branches|stores|boutiques|sites))|(?:is|are) (?:a|an) (?:[a-z0-9%]+ ){1,4}(?:in|out of)(?= [a-z]+ (?:\\.|,|and|with|that|which|where|we))",
);

function organization(s: Sentence): Span | null {
  if (has(s.a, WITHHELD)) return null;
  const praised = has(s.a, PRAISE_ONLY);
  const is = has(s.a, UNIT_INSIDE) || praised || has(s.a, SIZE_ONLY) ? null : find(s.a, ORG_IS);
  if (is) {
    const subject = s.a.tokens[is.from - 1];
    if (subject && (orgSubjectIsCapitalised(s, is) || /^(?:we|they|it)$/.test(subject.norm)))
      return is;
    // "The museum is the largest natural history museum…": any organization noun as subject.
    if (subject && (ORG_NOUN_ALONE.test(subject.norm) || subject.norm === "employer")) return is;
  }
  // "The Lakeshore Food Bank serves…": a name, then a present-tense verb.
  // "Welsh has tripled": "has" before a participle is an auxiliary, not possession.
  const named = s.a.tokens.findIndex(
    (t, k) =>
      k > 0 &&
      NAME_VERBS.test(t.norm) &&
      endsName(s, k - 1) &&
      !(
        t.norm === "has" &&
        /(?:ed|en|been|got|grown|shown|done|gone)$/.test(s.a.tokens[k + 1]?.norm ?? "") &&
        // "The library has fourteen branches": a count, not a participle.
        !/(?:teen|seven|eleven|ten)$/.test(s.a.tokens[k + 1]?.norm ?? "")
      ),
  );
  if (named > 0) return { from: named - 1, to: named };
  // "Redbird Records is an independent label based in Nashville": a name, then what it is
  // and where or how big.
  const namedIs = find(s.a, NAMED_IS);
  if (namedIs && orgSubjectIsCapitalised(s, namedIs)) return namedIs;
  // "I work at Kestrel Analytics, which builds …": a name, then a relative clause.
  const relative = s.a.tokens.findIndex(
    (t, k) =>
      k > 2 &&
      NAME_VERBS.test(t.norm) &&
      /^(?:which|that|who)$/.test(s.a.tokens[k - 1]!.norm) &&
      s.a.tokens[k - 2]!.norm === "," &&
      endsName(s, k - 3),
  );
  if (relative > 0) return { from: relative - 3, to: relative };
  // Present tense only: "we delivered 160 events" is an accomplishment, not a description.
  const does = ORG_DOES.exec(s.a.surface);
  if (does) return find(s.a, words(does[0].trim()));
  // "…; it is responsible for national crop policy", "sits within the Ministry of …"
  const remit = find(s.a, REMIT);
  if (remit) return remit;
  const apposition = find(s.a, APPOSITIVE);
  if (apposition) return apposition;
  // "I was with Falcon Air, the national carrier here": "the …" after a name.
  const appositionThe = find(s.a, APPOSITIVE_THE);
  if (appositionThe && endsName(s, appositionThe.from - 1)) return appositionThe;
  // "…, part of a multi-academy trust with six other schools": its place in a group.
  const part = find(s.a, PART_OF_GROUP);
  if (part) return part;
  if (
    has(s.a, SCOPE) &&
    !has(s.a, CLIENT_DESCRIBED) &&
    has(s.a, words("we|our|they|it|the company|the organization|the firm"))
  )
    return find(s.a, SCOPE);
  return null;
}

// A2, the title of the person they reported to and of those who reported to them.
// Titles of the people above or below the speaker, for "I work for two of the partners".
const TITLE =
  "(?:partners?|directors?|managers?|heads?|leads?|leading hands?|supervisors?|foremen|foreman|chiefs?|owners?|founders?|principals?|editors?|chefs?|head chef|sous chef|captains?|skippers?|mates?|sergeants?|inspectors?|superintendents?|vice presidents?|vps?|officers?|associates?|senior [a-z]+|chief [a-z]+|ceo|cfo|cto|coo)";

const REPORTING = words(
  `i (?:work|worked|am working) (?:directly |mainly |mostly )?(?:for|under) (?:the |a |an |our |my |(?:one|two|three) of (?:the|our) )?~2${TITLE}(?! of (?:the|our) (?:clients|customers))|i (?:am|was|sit|sat|work|worked) (?:directly |straight )?under (?:the |a |an |our |my |one of the |two of the )?~2${TITLE}|(?:the |our |my )?~1${TITLE} (?:is|was) my (?:boss|manager|supervisor|line manager|direct manager|superior)|under (?:him|her|them|me) (?:there is|there are|is|are|was|were|sit|sits) (?:the|a|an|two|three|four|five|six|[0-9]+)|(?:he|she|who|they) (?:answers|answer|answered|reports|reported) to (?:the|a|our) ~2${TITLE}|` +
    "i (?:report|reported|reports|was reporting|am reporting|reporting) (?:directly )?(?:to|into)|(?:i|who i|whom i) ~2(?:answer|answered|answers) to|(?:answer|answers|answered) to me|(?:running|leading|managing|in charge of|run|lead|manage|ran|led|managed) (?:a|an|my) ~2(?:brigade|crew|squad) of|reporting (?:directly )?(?:to|into)|my reporting (?:is|was) (?:to|into)|(?:who|which) reports? to|report(?:s|ed)? into|reports? to me|reporting to me|reported to me|(?:under|beneath|below) me|working for me|my (?:boss|manager|supervisor|line manager|director|direct manager|superior) (?:is|was)|(?:managed|manage|manages|managing|lead|led|leads|leading|supervise|supervised|supervises|oversaw|oversee|oversees|ran|run|runs|head|headed) (?:a team of|a staff of|a crew of|a group of|an? [a-z]+ team of|[0-9]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty) ~3(?:people|staff|direct reports|reports|engineers|developers|managers|account managers|nurses|analysts|designers|foremen|agents|coordinators|volunteers|specialists|associates|technicians|officers|planners|writers|teachers|consultants|electricians|workers|employees|members|reps|representatives|supervisors|leads)?|direct reports?|my team of|team of (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)|(?:took|take|takes|got|get) (?:my )?(?:direction|directions|orders|instructions) from|i (?:had|have) (?:a crew of |a team of )?(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve) ~6(?:with me|under me|on my (?:crew|team|shift))",
);

// A2, what they accomplished: a past-tense result of their own (not a daily duty).
const ACHIEVED_VERBS =
  "grew|increased|reduced|cut|launched|led|delivered|built|negotiated|secured|saved|won|doubled|tripled|halved|improved|raised|boosted|bumped|achieved|completed|introduced|implemented|rolled out|set up|created|designed|redesigned|rewrote|rebuilt|opened|signed|landed|generated|drove|expanded|streamlined|automated|lowered|shortened|eliminated|exceeded|beat|turned around|recovered|modernized|restructured|established|founded|spearheaded|championed|managed to|helped (?:grow|cut|reduce|increase|launch|win|build|deliver|raise|secure|bring|double|save)|shipped|developed|hired|recruited|trained|mentored|organized|earned|received|was promoted|got promoted|brought in|closed (?:a|the|deals|more|[0-9])";
const ACHIEVED = words(ACHIEVED_VERBS);
const PROUD = words(
  "biggest thing i (?:did|have done|am proud of)|proudest of|proudest|most proud|i am proud|my (?:biggest|main|key|greatest) (?:win|achievement|accomplishment|contribution|success)|accomplishments?|achievements?",
);
const PASSIVE = words(
  "(?:was|were|been|got|get|is|am|are) (?:also )?(?:promoted|hired|recruited|trained|raised|brought in|established|founded|led|built|developed|received|mentored)",
);
const FIRST_PERSON = words("i|we|my team|our team|our");

// A measurable result: numbers, a first, an award, a "from … to".
// "from twelve days to five" is a result; "from the hospitals that referred to us" is not.
const RESULT = words(
  "[0-9][0-9,.%]*|percent|million|billion|thousand|first|record|award|awards|from (?:about |around |over |under |nearly |roughly |almost )?(?:[0-9][0-9,.%]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a hundred|a dozen|a handful|zero|none|nothing|scratch) ~3to|doubled|tripled|halved|half|twice|times|top|(?:days?|weeks?|months?) (?:early|ahead)|ahead of (?:schedule|time)|under (?:budget|the contingency|contingency)|zero [a-z]+ ~1(?:incidents|accidents|injuries|defects|complaints|errors)|(?:about|around|over|nearly|roughly|almost|more than) (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (?![a-z]+ (?:a|per|each) )",
);

// "twice a week", "three times a year": how often a duty came round, not a result.
const FREQUENCY =
  / (?:once|twice|(?:[0-9]+|two|three|four|five|several|many) times) (?:(?:a|an|per|each|every) (?:day|week|month|quarter|year|shift|term)|daily|weekly|monthly|yearly|annually|hourly) /g;
// A2 results are the speaker's deeds, not a routine: "Day to day I opened the store…".
const DUTY = words(
  "day to day|(?:every|each) (?:day|morning|evening|night|shift|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|i would (?:usually |always |often |normally )?(?!have|be|say|like|love)[a-z]+|my days|on a typical day|a typical day|usually|typically|routinely|my (?:job|role|duties|responsibilities) (?:was|were|included|involved)|i was responsible for|i was in charge of",
);

const ROUTINE =
  /^(?:trained|mentored|organized|opened|hired|recruited|completed|designed|created|developed)$/;

function hasResult(s: Sentence): boolean {
  return RESULT.test(s.a.surface.replace(FREQUENCY, " "));
}

const DETERMINER = /^(?:a|an|the|our|their|my|his|her|its|your|this|these|those)$/;

function pastVerbWithResult(s: Sentence): Span | null {
  if (!hasResult(s)) return null;
  // "most of them referred by the courts" is a passive participle, not something done.
  // Irregular pasts count too ("when I took over, 61 % passed"), except the auxiliaries.
  const i = s.a.tokens.findIndex(
    (t, k) =>
      k > 0 &&
      // "our taught programmes": a participle after a determiner describes a noun.
      !DETERMINER.test(s.a.tokens[k - 1]?.norm ?? "") &&
      ((/ed$/.test(t.norm) && t.lemma !== t.norm) ||
        (!/^(?:was|were|had|did|got|said|thought|knew|felt|went|came|saw)$/.test(t.norm) &&
          lexiconTags(t.norm).includes("PastTense"))) &&
      s.a.tokens[k - 1]?.norm !== "was" &&
      s.a.tokens[k + 1]?.norm !== "by",
  );
  return i >= 0 ? { from: i, to: i } : null;
}

// "We've shipped two games", "we grow all our own corn": in the sentence that describes
// the organization, "we" is the organization and its record is not the speaker's (A2).
const SPEAKER_DID = words(`i (?:have |had |also |then |just |personally )?(?:${ACHIEVED_VERBS})`);

function accomplishment(s: Sentence, describes: (s: Sentence) => Span | null): Span | null {
  if (!has(s.a, FIRST_PERSON)) return null;
  if (describes(s) && !has(s.a, SPEAKER_DID) && !has(s.a, PROUD)) return null;
  const proud = find(s.a, PROUD);
  if (proud) return proud;
  if (has(s.a, DUTY) && !hasResult(s)) return null;
  const span = find(s.a, ACHIEVED);
  if (!span) return pastVerbWithResult(s);
  // Surface forms only: "I manage" (duty) must not pass as "I managed" (result).
  const verb = s.a.tokens[span.from];
  if (!verb || (verb.norm === verb.lemma && !hasResult(s))) return pastVerbWithResult(s);
  // "I led a team of nine people": heading a team is the reporting line, not a result.
  if (
    /^(?:led|managed|ran|supervised|oversaw|headed)$/.test(verb.norm) &&
    /^(?:a|an|the|my|our)$/.test(s.a.tokens[span.from + 1]?.norm ?? "") &&
    /^(?:team|staff|group|crew|unit|department|squad|section)$/.test(
      s.a.tokens[span.from + 2]?.norm ?? "",
    )
  )
    return null;
  // Verbs that also name everyday duties ("I trained the new hires") show a result only with
  // something measurable beside them.
  if (ROUTINE.test(verb.norm) && !hasResult(s)) return pastVerbWithResult(s);
  if (
    has(s.a, PASSIVE) &&
    !has(
      s.a,
      words(
        "i (?:also )?(?:grew|increased|reduced|cut|launched|delivered|built|negotiated|secured|saved|won|doubled)",
      ),
    )
  )
    return null;
  return span;
}

// "My boss was Linda": a name without a title does not give the reporting line (A2 asks
// for titles), unless a title follows ("Linda, the clinical director").
const TITLE_AFTER = words(
  "(?:the|our|a|an) ~3(?:head|director|manager|lead|chief|vp|vice president|supervisor|principal|superintendent|coordinator|partner|editor|officer|president|owner|founder|foreman|chair)",
);

// After "reported to": a person, named by title, determiner, number or pronoun. "I report
// into engineering" names a function and "who I reported to changed" names no one (A2).
const PERSON_AFTER_TO =
  /^(?:the|a|an|my|our|their|his|her|its|your|this|that|both|each|one|two|three|four|five|him|them|me|us|whoever|someone|somebody|directly)$/;
const TITLE_WORD = new RegExp(`^${TITLE}$`);

function reporting(s: Sentence): Span | null {
  const span = find(s.a, REPORTING);
  if (!span) return null;
  const next = s.a.tokens[span.to + 1];
  const afterTo = /^(?:to|into)$/.test(s.a.tokens[span.to]?.norm ?? "");
  const noOne =
    afterTo &&
    next !== undefined &&
    !next.cap &&
    !PERSON_AFTER_TO.test(next.norm) &&
    !TITLE_WORD.test(next.norm) &&
    !/^(?:ceo|cfo|cto|coo|vp|md|gm)$/.test(next.norm);
  // "My boss was Linda", "I reported to Dana": a name without a title.
  const bareName =
    (afterTo || /^(?:is|was)$/.test(s.a.tokens[span.to]?.norm ?? "")) && next?.cap === true;
  if (!noOne && (!bareName || has(s.a, TITLE_AFTER))) return span;
  // Another cue later in the sentence ("… and two nurses reported to me") still counts.
  const rest = ` ${s.a.tokens
    .slice(span.to + 2)
    .map((t) => t.norm)
    .join(" ")} `;
  return REPORTING.test(rest) ? span : null;
}

// "Nobody reports to me", "I haven't really achieved much yet": denied, so not given (A2).
function affirmed(test: (s: Sentence) => Span | null): (s: Sentence) => Span | null {
  return (s) => {
    const span = test(s);
    return span && !negatedAt(s, span) ? span : null;
  };
}

/** A2 elements found in a "tell me about your role" answer. */
export function roleElements(sentences: readonly Sentence[]): Record<string, Hit | null> {
  // Both the organization element and the accomplishment screen read a sentence's
  // description: it is worked out once per sentence.
  const described = new Map<number, Span | null>();
  const describes = (s: Sentence): Span | null => {
    if (!described.has(s.index)) described.set(s.index, organization(s));
    return described.get(s.index) ?? null;
  };
  return {
    organization: firstHit(sentences, describes),
    "reporting-line": firstHit(sentences, affirmed(reporting)),
    accomplishments: firstHit(
      sentences,
      affirmed((s) => accomplishment(s, describes)),
    ),
  };
}
