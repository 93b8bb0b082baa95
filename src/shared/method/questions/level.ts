import { type Analyzed, has, words } from "../text/analyze.ts";
import { lexiconTags } from "../text/lemma.ts";
import type { QuestionLevel } from "../types.ts";
import { modelLevel } from "./level-model.ts";
import { HIRERS, ORG_WIDE, PASS_ON_DETAILS, SECTOR } from "./vocab.ts";

const CONTACT_VERBS =
  "(?:speak|talk|meet|connect|contact|reach out|get in touch|network|chat|call|email|e mail|approach|get to know|look up|write to)";

// M11: questions that ask for introductions or whom else to see.
export const REFERRAL = words(
  `(?:next|first) (?:person|people) ~6(?:coffee|talk|speak|meet|call|contact|reach out|approach)|(?:any )?(?:names?|one|anyone|anybody|people|someone|somebody) (?:come|comes|spring|springs|jump|jumps) to mind|${PASS_ON_DETAILS}(?! ~2(?:${HIRERS}|hiring|talent))|(?:for|if) (?:me|i) (?:to )?~2${CONTACT_VERBS}|(?:mention|say) (?:that )?you (?:sent|referred|suggested)|(?:introduce|introducing|intro|connect|connecting|put|refer|referring|point|hook) (?:me|us) ~2(?:to|with|in touch|toward|towards|up with)|introduc[a-z]* (?:me |us )?to|(?:worth|useful|helpful|good|valuable|wise|smart) (?:for )?(?:me )?(?:to )?~1(?:reaching out|reach out|talking|talk|speaking|speak|contacting|contact|meeting|meet|approaching|approach|connecting|connect|getting in touch)|(?:which|what) (?:organizations|companies|firms|people|contacts|groups|agencies|charities) ~3(?:would|should|could|might) (?:you|i) ~2(?:${CONTACT_VERBS}|contact|approach|try)|who ~4${CONTACT_VERBS} ~6(?:in my shoes|in my position|in my place|if you were me|if you were starting)|introductions?|who else|whom else|(?<!than )anyone else|(?<!than )anybody else|someone else|other people|(?:i|we) (?:should|could|might|ought to|must|would) ~2${CONTACT_VERBS}|should i ~2${CONTACT_VERBS}|(?:recommend|suggest) (?!(?:to|for) )~3(?:someone|anyone|anybody|people|a person|names|contacts|organizations?|companies|who|whom)|(?:mention|use|drop) your name|in touch with|in your network|(?:do|would|might) you (?:happen to )?know (?:of )?(?:anyone|anybody|someone|somebody|people|a few people|a person)|(?:best|right|ideal|good) (?:person|people|contact|contacts) (?:for me )?to (?:talk|speak|ask|contact|meet|approach|reach|see)|(?:recommend|suggest) (?:that )?(?:i|we) ~2(?:look|speak|talk|contact|reach|meet|connect|approach|get in touch)(?! (?:about|through|over))|i could ~2(?:have|grab|get) (?:a )?coffee|(?:someone|anyone|somebody|anybody|people|colleagues?) ~9(?:chat|talk|speak|meet|connect) (?:with|to) me|(?:introduce|connect) (?:me|us)(?= (?:\\?|\\.|,|!|and|-|please|sometime|at some point|if|when))|(?:open|willing|happy|keen|up|available) (?:to|for) (?:a |an |having a |having an )?~2(?:conversation|chat|call|coffee|meeting|talk|hearing from me)`,
);

// Names already given, or people met in general: "once I've spoken to the people you
// suggested", "when I talk with people in logistics" ask for no one new (decision 0010).
const NOT_A_REQUEST = words(
  "(?:get|got|getting|be) back in touch with you|(?:check|checking|follow|following) (?:in|back|up) with you|(?:once|after|when|before) i (?:have )?(?:spoken|talked|met|talk|speak|meet) (?:to|with) (?:the )?(?:people|contacts|folks|names) (?:you|in)|(?:check|checking) (?:in|back) (?:again |with you )?(?:once|after|when)",
);

// M9, someone new: what brought them here.
const DREW = words(
  "(?:the )?reason (?:why )?you (?:chose|picked|joined|went for|decided on)|what (?:made|makes) (?:this|the|your) ~3worth|(?:what|which) ~6(?:drew|draw|attracted|attract|pulled|pull|appealed|appeal|convinced|convince|persuaded|persuade|tempted|tempt) ~2you|(?:what|which) ~3(?:brought|bring|inspired|inspire|motivated|motivate|prompted|prompt) ~2you|(?:what|which) ~3(?:led|lead|got|get|made|make|makes) you ~3(?:to |into|here|toward|towards|decide|choose|want|join|pick|move|switch|apply|go |take|accept|leave|say yes|consider|pursue|become|enter|interested|come)|why (?:did|do|have) you ~3(?:choose|chose|join|joined|decide|decided|pick|picked|go into|went into|move|moved|switch|switched|take|took|accept|accepted|apply|applied|pursue|pursued|enter|entered|leave|left|become|became|come|came|get into|got into|sign up)|how did you ~3(?:end up|decide|choose|come to|get into|find your way|land|wind up|get your start|get started|start out|break into)|how come you|what made you (?:decide|want|choose|pick|go)|what appealed|what attracted|what drew|(?:appeal|appealed|appeals|attract|attracted) (?:most )?to you|why did ~5(?:appeal|attract|draw|pull|tempt)|(?:you|did you) ~1(?:knew|know|realized|realize|decided|decide|felt|feel) (?:that )?(?:you|this|it) (?:wanted|want|would like|were meant|was meant|was the|is the|was right|had to)|deciding factor|tipped the (?:balance|scales)|sold you on|why (?:here|this (?:company|firm|organization|role|field|sector|industry|team|job|agency|path))",
);
// "Why journalism?", "Why law rather than consulting?": a bare field or place after "why"
// asks what drew them (M9), however the sentence goes on.
const WHY_FIELD = new RegExp(
  `^${
    words(
      "why (?:(?:a career in|a job in|work in) )?(?!(?:now|not|so|then|that|this|the|a|an|it|is|are|do|does|did|would|should|has|have|was|were|can|could|will|might|ask|me|you|change|shift|move|delay|focus|decision|hurry|wait)(?= ))[a-z]+ (?:,|\\?|and not|rather than|over|instead of|of all)",
    ).source
  }`,
);
// "If you were in my shoes…", "anything you'd recommend I read": advice for the job seeker
// (M6), not a request for names, unless someone to talk to is asked for.
const ADVICE = words(
  "in my shoes|if you were me|(?:recommend|suggest) (?:that )?i (?:read|watch|listen to|study|take|learn|look at|follow)|(?:recommend|suggest) ~2(?:reading|books?|podcasts?|courses?|articles?)",
);
const CONTACT_ASK = words(
  "talk to|talk with|speak (?:to|with)|meet|contact|introduc[a-z]*|reach out|who|whom|whose|which ~2(?:firms|companies|people|organizations|places|employers|agencies)|call|knock|doors?|anyone|someone|names?",
);

// "Tell me about the career path that brought you here": the story of their career is a
// question about the contact's own path (M6), not what drew them to this organization (M9).
// "What surprised you when you moved from the lab to the business side?": a move within
// their career is their path too.
const PATH_STORY = words(
  "(?:tell me about|walk me through|talk me through|take me through|describe) ~3(?:career|careers|path|journey|route|trajectory|background)|(?:moved|moving|switched|switching|went|transitioned|jumped|crossed over) from (?:the )?~3(?:to|into)",
);
// "How did you land your first role in theatre?": how they got their first job is their
// path (M6, other), checked before "how did you land…" reads as what drew them (M9).
const FIRST_JOB = words(
  "how did you ~2(?:land|get|find|secure|win|score) (?:your|a|that) (?:very )?first",
);
// "…what does that mean for your team day to day?": how a goal or a published fact plays
// out in the contact's daily work is about their work, not the unit's goals (M8).
const DAILY_IMPACT = words(
  "(?:mean|means|meant|translate|translates|look like|looks like|show up|shows up|play out|plays out|shape|shapes) ~6(?:day to day|daily|in practice|on the ground)",
);
// "What made this the right place for you when you joined?" without any talk of change.
const JOINED = words(
  "(?:what|why|which) ~9when you (?:joined|accepted|signed|decided|chose|moved|applied|took the job|said yes)",
);

// M9, someone who has been there a while: what changed during their time.
const CHANGE = words(
  "change|changed|changes|changing|different|difference|differences|evolve|evolved|evolving|evolution|shift|shifted|shifts|transform|transformed|transformation|develop|developed|grow|grew|grown|differ|compare|compared|then and now|new since|not the same|moved on",
);
const TENURE_TIME = words(
  "since you (?:are|have been) working|since you ~1(?:started|start|joined|join|began|begin|arrived|arrive|came|come|first|moved|got|did your|finished|completed|qualified|trained|graduated|took|entered|became)|when you ~1(?:started|start|joined|join|began|first|arrived|came|got here)|since (?:starting|joining|arriving|your arrival)|during your (?:time|years?|tenure|career|decades?|stint|[a-z]+ (?:years?|decades?|months))|over (?:your ~2|the (?:past|last) ~2|all (?:these|those) )(?:years?|time|tenure|career|decades?)|(?:in|over|throughout) your (?:time|tenure|career)|(?:over|during|in|through) the course of your (?:career|time|tenure|years)|(?:in|over|during) the (?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|last) (?:years?|decades?) (?:that )?you (?:are|have been|were|spent|worked)|your [a-z]+ years|your years|in the time you|the years you|time you have been|you have been (?:here|there|at|with|in) ~3(?:for|since)|you have been (?:here|there|at|with|in) ~4(?:years?|decades?|months)|(?:over|in|during|throughout) (?:that|this|all that|all this|all those|those) (?:time|period|years|decades?)|looking back|back when you|compared (?:to|with) when|since your first|than when you|for (?:so|as) long|(?:a|such a) long time|so long|many years|for ages|for years|for decades|a while|since your ~2(?:days|start|arrival|first|early)|years? (?:that )?you ~2(?:spent|been|worked)|over the (?!next |coming |following )~2years?|compared (?:to|with) (?:your|when)|your first (?:year|days?|months?|weeks?)|having (?:been|worked|spent|served|led|run|managed|stayed)|while you (?:were|have been|worked|are|had been) ~2(?:there|here|at|with|in|on)",
);

// M8, fourth level: what differentiates the organization.
const DIFFERENTIATION = words(
  `(?:you|your ~3(?:offering|offerings|services?|products?|${ORG_WIDE.slice(3, -1)}|approach|model|platform|brand|solutions?|prices|pricing|proposition)) ~2(?:compare|compares|stack up|stacks up|measure up|measures up) (?:with|to|against)(?! your| my| what you)|` +
    "(?:who|which (?:firms|companies|agencies|practices|studios|rivals|players)) ~2(?:usually |typically |normally |tends to |tend to )?(?:beats?|outbids?|undercuts?|wins? against|takes? work from) (?:you|your|them|the)|(?:keeps?|stops?|prevents?) (?:them|clients|customers|people|patients|members|buyers|donors) from (?:switching|moving|leaving|going)|(?:switch|switching|move|moving|defect|defecting) to (?:another|a rival|a competitor|a different|other) (?:provider|supplier|firm|company|vendor|agency|bank|insurer|practice|studio|brand)|(?:set|sets|setting|stand|stands|standing) ~4apart|(?:offer|offers|give|gives|provide|provides) ~6(?:that|which) ~5(?:does not|do not|can not|cannot|will not|could not|would not) (?:\\?|\\.)|better ~2than|win (?:business|clients|work|customers|deals|bids|tenders|contracts|pitches) (?:against|from|over)|(?:offer|give|provide|do) ~6that (?:the |other |most |many |bigger |larger )?~2[a-z]+s (?:can not|cannot|do not|could not|will not)|differentiat[a-z]*|distinguish[a-z]*|competitors?|competition|rivals?|competitive (?:edge|advantage)|edge over|advantage over|unique|uniquely|distinctive|(?:choose|pick|select|prefer|hire|use|trust) ~4over|over (?:the )?(?:alternatives|others|competitors|rivals|other [a-z]+)|stand out (?:from|among|against|in the market|in a crowded)|(?:you|your ~2[a-z]+|the (?:firm|company|organization|agency|business|brand|practice|clinic|studio)) ~3stand out|crowded|saturated|(?:clients|customers|patients|donors|users|buyers|consumers|families|students|members|shoppers|funders|people) ~2(?:look for|want|value|care about|expect|prioritize) ~3(?:when|in|while) ~3(?:choosing|comparing|picking|selecting|deciding|evaluating|buying|shopping)|(?:differ|different|difference|differs) ~4(?:from|than|to) ~3(?:other|others|competitors|rivals|the rest|peers|similar|alternatives|agencies|firms|companies|organizations|banks|charities|players)|compare ~6(?:with|to|against) ~2(?:others|other|competitors|rivals|alternatives)|why (?:do|would|should|does) ~2(?:clients|customers|patients|donors|users|students|partners|buyers|families|people|brands|funders|members) ~3(?:choose|pick|come to|prefer|select|stay|use|go with|switch|come back|return)|better than|(?:different|differ|differs|difference|differently) ~3(?:from|than)|edge|advantage|niche|moat|elsewhere|instead of|rather than|incumbents?|special about|what makes (?:you|your ~2[a-z]+) (?:different|special|better)|the others|other [a-z]+ (?:do not|can not|cannot|lack)|position ~4against|against (?:the )?~1(?:larger|bigger|other|big|smaller|established|new|local|global|national) ~2(?:players|firms|companies|competitors|rivals|agencies|banks|vendors|providers)|compete (?:with|against)|(?:win|wins|won|winning) against|(?:lose|loses|lost|losing) (?:out )?to (?:the )?(?:competitors?|competition|rivals?|big|bigger|larger|other|established)|(?:versus|vs) (?:the |other |bigger |larger |smaller |big |established |local |global )?~1(?:others|competitors|competition|rivals|players|incumbents|firms|companies|agencies|banks|brands|organizations|providers|vendors|charities|startups)|players|(?:that|which|what) (?:other|most|many) ~5(?:are not|is not|do not|does not|can not|cannot|will not|have not|has not|could not|would not)",
);

// M8, third level: what stands in the way.
const BARRIER = words(
  "(?:hard|harder|hardest|difficult|tough|tougher) to (?:reach|hit|achieve|meet|deliver|get|make|grow|scale|keep|fill|find|win|sustain|finish|land)|fail|fails|failing|failure|standing between|stands? between|obstacles?|barriers?|hurdles?|constraints?|constrain|blockers?|bottlenecks?|roadblocks?|impediments?|stand in the way|get in the way|in (?:the|your|their|its) way|hold ~3back|slow ~3down|keep ~3from|stop ~3from|prevent[a-z]*|hinder[a-z]*|hamper[a-z]*|what is stopping|pain points?|friction|struggle|struggles|struggling|stuck|limit (?:your|the|its|their)|limiting factors?|gaps?|short on|short of|lack|lacking|shortages?|lose|losing|lost|wasted|wasting|waste (?:of|time|money|effort|too much)|delays?|delayed|inefficien[a-z]*|derail[a-z]*|frustrat[a-z]*|break down|breaks down|fall apart|falls apart|go wrong|goes wrong|fall through|falls through|trip ~2up|what would (?:have to|need to|need) ~2change|what would it take|what (?:has|is) slowing|(?:miss|misses|missed|missing) (?:a|an|its|their|the|your|our|this|that|these|those) ~2(?:goals?|targets?|deadlines?|numbers|budgets?|plans?|objectives?|milestones?)|(?:fall|falls|fell|falling) short|(?:hard|harder|hardest|difficult|tough|tougher|challenging) for ~4to|(?:make|makes|making|made) (?:it|things|life) ~1(?:hard|harder|difficult|tough|tougher|challenging)",
);
// Barrier words that only make sense against someone's goals: even without "your", the
// bottleneck is the contact's (M8), unless a sector is named.
const BARRIER_STRONG = words(
  "obstacles?|barriers?|hurdles?|blockers?|bottlenecks?|roadblocks?|impediments?|stand in the way|get in the way|hold ~3back|pain points?|derail[a-z]*",
);
const CHALLENGE = words(
  "challenges?|challenging|problems?|issues?|risks?|threats?|difficult|difficulty|difficulties|hardest|tough|toughest|headwinds?|worry|worries|worried|concerns?|keep ~7up at night|pressures?|what is hard|what makes it hard|shortages?",
);

// M8, second level: the goals of the organization or unit.
const GOALS = words(
  "goals?|objectives?|agenda|big bets?|bets|priorit(?:y|ies)|(?:want|hope|expect|plan|need) to have|by (?:christmas|year end|the end of (?:the )?(?:year|quarter|month|summer)|next (?:summer|spring|year|quarter))|prioritize|targets?|aims?|ambitions?|plans?|planning(?! (?:department|team|office|unit|division|group|committee|authority|officers?|permission|applications?|consent|function))|roadmap|strateg(?:y|ies|ic)|focus ~2on|focus|focused|mandate|okrs?|kpis?|milestones?|trying to (?:achieve|accomplish|do|build|reach|get|grow|become|solve|deliver|hit)|hope to (?:achieve|accomplish|do)|want to (?:achieve|accomplish|become)|where would you like ~3(?:see|be|take)|where do you (?:see|want)|where (?:is|are|be) ~4(?:headed|heading|going)|success look like|(?:great|good|successful|strong|winning|ideal|perfect) (?:year|quarter|month|outcome|result|season) ~3look like|measure success|working (?:toward|towards)|achieve|accomplish|vision for|next (?:[a-z]+ )?(?:years?|months|quarters?|decade)|aiming|key results|measured on|measured by|metrics|want to be|want to get to|hope to be|to grow|grow (?:its|the|our|your)|growing|growth plans?|coming (?:year|months|quarter|years)|this year|in (?:two|three|five|ten|[0-9]+) years",
);

// "for logistics companies in Europe": organizations in the plural, not the contact's own.
// "What do opera houses face…": a bare plural as the subject of facing is every such
// organization, the sector (M8, first level).
const SECTOR_SCOPE = words(
  `${SECTOR}|(?:do|are|will|would) (?!(?:your|the|our|their|its|these|those|you|they|we|people)(?= ))(?:[a-z]+ )?[a-z]{3,}s (?:face|facing|struggle|struggling|grapple|grappling)|(?<!(?:your|our|their|its|the|these|those|our) )[a-z]+ (?:companies|firms|businesses|employers|agencies|operators|retailers|manufacturers|startups|charities|nonprofits|providers) (?:in|across|like|of|around|throughout|today|now|\\?)`,
);
// Broad signs of a sector-level question, when nothing narrows it to the contact's unit.
const SECTOR_CUE = words(
  "trends?|forces?|reshap[a-z]*|disrupt[a-z]*|transform[a-z]*|future|headed|heading|direction|outlook|evolv[a-z]*|changing|change|changes|shifts?|shifting|opportunit(?:y|ies)|innovation|regulations?|emerging|next (?:five|ten|few|[0-9]+) years|coming decade|next decade|automation|ai|technology|technologies|consolidation|growth|developments?|affect|affecting|effect|effects|impact|impacting|shortages?|landscape|market like|state of",
);
const SECTOR_STRONG = words(
  "trends?|forces?|reshap[a-z]*|disrupt[a-z]*|future of|will ~1look like|(?:is|are) going to look like|big picture|headwinds|outlook|across the|as a whole|keep ~7up at night|landscape|job market|labor market|market like|state of the|regulation|regulations",
);

const ORG_NOUN = `(?:team|teams|department|departments|division|group|unit|business unit|function|office|offices|head office|lab|leadership|board|store|newsroom|ward|region|programs?|product|platform|plan|project|rollout|launch|initiative|migration|merger|expansion|${ORG_WIDE.slice(3, -1).replace("|it|they", "")})`;
// "the clinic" is a unit; "the utilities sector" or "the practice of law" is not (surface forms).
const ORG_SINGULAR = ORG_NOUN.slice(3, -1)
  .split("|")
  .filter((w) => !/(?:[^s]s|\?)$/.test(w) && w !== "business")
  .join("|");
// "the pressures on hospital nursing": past a preposition the noun names a field, not a unit.
const UNIT_THE = words(
  `the (?:(?!(?:on|of|in|at|for|to|with|about|from|by|across|into|facing) )[a-z0-9%]+ ){0,3}(?:${ORG_SINGULAR}|offices|teams|departments|divisions|branches|sites|stores|labs)(?! (?:of|world|sector|sectors|space|industry|field|market|community|landscape|ecosystem|as a whole|business|model|trade|and [a-z]+ (?:business|industry|sector|sectors|trade|world|space|field|market)))|the (?:family |whole |entire |core |main )?business(?! of| model| models| case| world| side)`,
);
// "in the region" is a place, not a business unit ("the EMEA region" still is).
// "across the board" is everywhere, not a board of directors.
// "the aerospace supply chain" is the sector's, not a chain of stores.
const LOCATIVE_REGION =
  / (?:(?:in|across|throughout|around|within|outside) the region|across the board|supply chains?) /g;
// "hospital nursing as a whole": the field is the subject, whatever nouns it is built from
// (M8, first level). Only "your …" still makes it the contact's unit.
const WHOLE_FIELD = words("as a whole|(?:industry|sector|profession) wide|in general");
const UNIT_SCOPE = words(
  `your ~2${ORG_NOUN}|leadership|(?:its|their) (?:goals|targets|competitors|priorities)|you (?:and your|face|are facing|run into)|are you (?:trying|hoping|working|focused|focusing|planning)|do you (?:hope|want|plan)|you and your colleagues|those (?:goals|plans|targets|objectives)|(?:year|years|time|people|staff|everyone|work|working|start|started|join|joined|career|culture) here`,
);
const PERSONAL_SCOPE = words(
  "your (?:own |first |current |previous |last |early |next |first ever )?(?:job|role|day|week|time|calendar|career|typical day|background|path|experience|position|manager|boss|move)|you personally|for you|(?:did|have|were|do) you (?:find|feel|personally)|you (?:have|had) (?:had to|ever|faced|made)|decisions? you|how did you (?:get|land|find|start|break|learn|become|make|manage|handle|deal|prepare|go about|decide)|(?:was|is|were) it (?:hard|difficult|easy|tough|challenging|scary|worth it)|as (?:a|an) (?:new |first time )?(?:manager|leader|lead|director|founder|parent|freelancer|consultant)",
);

// Questions about the contact's own craft and path, not the sector (M6: still fine to ask).
const OWN_CRAFT = words(
  "careers?|paths?|advice|skills?|misconceptions?|myths?|what it is like|what is it like|networking|certifications?|qualifications?|courses?|training|progression|promotions?|management|transition|move (?:from|into)|switch (?:from|into)|typical (?:day|week)|day to day|tools?|habits?|books?|podcasts?|mentors?|learn|learned|tips?|younger self|travel|project you|projects you",
);

// "What do you think…", "in your view": the contact as the one who judges, not the subject.
const OPINION_FRAMES =
  / (?:do|would|did|have) you (?:think|see|make of|expect|believe|reckon|feel|say|consider|notice|noticed|seen)| what do you see as| in your (?:view|opinion|experience)| you think| you see| would you say| (?:can|could|would) you (?:please )?(?:tell|explain|share|describe)(?: to| with)?(?: me)?| from (?:where you sit|where you stand|your (?:vantage point|perspective|seat|side|position))/g;
const SECOND_PERSON = / (?:you|your|yours|yourself) /;

// "What is Northwind trying to achieve?": a name that is not a place stands for an organization.
function namesOrganization(a: Analyzed): boolean {
  // With a sector named and no "you", a name is context ("How has Brexit affected the
  // haulage industry?"), not the contact's organization (M8).
  if (has(a, SECTOR_SCOPE) && !mentionsContact(a)) return false;
  return a.tokens.some((t, i) => {
    if (i === 0 || !t.cap || t.norm === "i" || !/^[a-z]{3,}$/.test(t.norm)) return false;
    // "humanitarian NGOs", "the big CROs": a plural acronym is a kind of organization.
    if (/^[A-Z]{2,}s$/.test(a.text.slice(t.start, t.end))) return false;
    const previous = a.tokens[i - 1];
    if (previous && /^[.?!-]$/.test(previous.norm)) return false;
    // "in New Zealand", "across the Midwest", "in the NHS": a place or a whole system.
    const before = previous?.norm === "the" ? a.tokens[i - 2] : previous;
    if (before && /^(?:in|across|throughout|around|from|within)$/.test(before.norm)) return false;
    if (
      previous?.cap &&
      lexiconTags(`${previous.norm} ${t.norm}`).some((tag) => /Country|City|Place|Region/.test(tag))
    )
      return false;
    const tags = lexiconTags(t.norm);
    return (
      !tags.some((tag) =>
        /City|Country|Region|Place|Province|State|Month|WeekDay|Date/.test(tag),
      ) && !(tags.length > 0 && !tags.some((tag) => /Name|Organization|ProperNoun/.test(tag)))
    );
  });
}

function mentionsContact(a: Analyzed): boolean {
  return SECOND_PERSON.test(a.surface.replace(OPINION_FRAMES, " "));
}

/** How the rules placed a question: the branch that decided it, and whether it is a firm cue. */
export type LevelDecision = {
  level: QuestionLevel;
  branch: string;
  sure: boolean;
  /** The contact's unit or organization is the subject (so the whole sector is not). */
  unit?: boolean;
};

/** A level guess with its probability, e.g. from the trained model. */
export type LevelGuess = { level: QuestionLevel; p: number };

/** M8/M9: which level of the meeting a question belongs to. */
export function classifyLevel(a: Analyzed, options: { rulesOnly?: boolean } = {}): QuestionLevel {
  return levelDecision(a, options).level;
}

// Below this probability the model does not overrule a rule default.
const MODEL_MIN_P = 0.4;

/**
 * The rule cascade behind classifyLevel, with the branch that fired. Where the rules only
 * fall back to a default (sure: false), the trained model (level-model.ts) breaks the tie.
 */
export function levelDecision(
  a: Analyzed,
  options: { rulesOnly?: boolean; model?: (a: Analyzed) => LevelGuess } = {},
): LevelDecision {
  const rules = ruleDecision(a);
  if (rules.sure || options.rulesOnly) return rules;
  const model = (options.model ?? modelLevel)(a);
  if (model.p < MODEL_MIN_P || model.level === rules.level) return rules;
  // A question about the contact's own unit is never a sector question (M8).
  if (model.level === "sector" && rules.unit) return rules;
  return { level: model.level, branch: `model(${rules.branch})`, sure: false };
}

function ruleDecision(a: Analyzed): LevelDecision {
  let unit = false;
  const d = (level: QuestionLevel, branch: string, sure: boolean): LevelDecision => ({
    level,
    branch,
    sure,
    unit,
  });
  if (has(a, NOT_A_REQUEST)) return d("other", "not-a-request", true);
  if (has(a, ADVICE) && !has(a, CONTACT_ASK)) return d("other", "advice", true);
  if (has(a, REFERRAL)) return d("referral", "referral", true);
  if (has(a, FIRST_JOB)) return d("other", "first-job", true);
  if (has(a, DREW) || has(a, WHY_FIELD)) return d("what-drew-you", "drew", true);
  if (has(a, PATH_STORY)) return d("other", "path-story", true);
  const change = has(a, CHANGE);
  if (has(a, TENURE_TIME) && change) return d("tenure-change", "tenure", true);
  if (!change && has(a, JOINED)) return d("what-drew-you", "joined", true);
  if (has(a, DIFFERENTIATION)) return d("differentiation", "differentiation", true);
  if (has(a, DAILY_IMPACT) && !has(a, BARRIER)) return d("other", "daily-impact", true);
  unit =
    has(a, UNIT_SCOPE) ||
    (UNIT_THE.test(a.surface.replace(LOCATIVE_REGION, " ")) && !has(a, WHOLE_FIELD)) ||
    namesOrganization(a);
  const sectorOnly = has(a, SECTOR_SCOPE) && !unit;
  // No unit and no "you": the subject is a whole sector ("the threat to bookstores").
  const generic = !unit && !mentionsContact(a);
  const personalOnly = has(a, PERSONAL_SCOPE) && !unit;
  const goals = has(a, GOALS);
  if (has(a, BARRIER)) {
    const strong = has(a, BARRIER_STRONG) && !has(a, SECTOR_SCOPE);
    return !strong && (sectorOnly || (generic && !goals))
      ? d("sector", "barrier-sector", sectorOnly)
      : d("barriers", "barrier", strong || !generic);
  }
  if (has(a, CHALLENGE)) {
    if (sectorOnly || (generic && !goals)) return d("sector", "challenge-sector", sectorOnly);
    return personalOnly
      ? d("other", "challenge-personal", false)
      : d("barriers", "challenge", false);
  }
  if (goals && !sectorOnly && !generic)
    return personalOnly ? d("other", "goals-personal", false) : d("goals", "goals", true);
  if (has(a, SECTOR_STRONG) && !unit) return d("sector", "sector-strong", true);
  if ((sectorOnly || generic || goals) && has(a, SECTOR_CUE))
    return d("sector", "sector-cue", sectorOnly);
  // Neither the contact nor their organization is the subject: the sector is (M8).
  if ((sectorOnly || generic) && !has(a, OWN_CRAFT) && !personalOnly)
    return d("sector", "sector-fallback", false);
  return d("other", "other-fallback", false);
}
