import { find, has, type Span, words } from "../text/analyze.ts";
import { type Hit, negatedAt, type Sentence, wordCountOf } from "./sentences.ts";

// Counts of years a horizon is given in ("twelve to fifteen years").
const YEARS =
  "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen|twenty|twenty five|thirty|[0-9]+)";

// A3: the long-term goal — an aspiration with a long horizon, or named as the end goal.
const HORIZON = words(
  `(?:at the )?end of the day|(?:the|my) real goal|(?:the )?last (?:years|decade|stretch) of my (?:working life|career)|before i retire|until i retire|(?:in|into|by) (?:my )?retirement|give (?:me|it) (?:about |maybe |another )?${YEARS} (?:or (?:so|more) )?years|long term|longer term|ultimately|${YEARS} years (?:out|away|on|hence|time|down the (?:road|line))|end ?game|(?:what|where) i am (?:really |ultimately )?(?:aiming|working|heading) (?:for|toward|towards|at)|eventually|(?:in )?the long run|long run|one day|someday|some day|down the (?:road|line)|end goal|ultimate goal|long range|by the end of my career|later in my career|in (?:maybe |about |around |roughly |another |perhaps )?(?:${YEARS} (?:or|to) )?${YEARS} years|within ${YEARS} years|dream for (?:the future|later)|for the future|(?:the|my) (?:real |big |main |ultimate )?goal , ~4is|(?:the|my) goal (?:that )?i am (?:working|aiming|heading|building) (?:toward|towards|for|to) is|${YEARS} years from now|by (?:around |about |roughly )?(?:20[0-9][0-9]|the time i am|my forties|my fifties)|dream (?:job|role|is)|my goal is to (?:own|run|lead|become|be|build|open|start|found|head|direct)|in the end|at the end of it all|when i am (?:thirty|forty|fifty|sixty|[3-6][0-9])|(?:in|by) my (?:thirties|forties|fifties|sixties)|where i (?:want|would like|hope) to (?:end up|be)|big goal|the goal (?:is|for me)|my (?:main|big|overall|career|north star|real) goal|north star|aspire|aspiration|ambition|end up`,
);
// "My supervisor wants me to be a PI": someone else's plan for the speaker is not an aim.
const ASPIRE = words(
  "(?<!(?:she|he|they|who|everyone|everybody|parents|mum|mom|dad|father|mother|supervisor|boss|manager|family|wife|husband|partner) )(?:want|would like|would love|hope|aim|plan|intend|aspire|like|love|see myself|goal is|ambition is|dream is|dream of|working toward|working towards|goal) ~2(?:to )?(?:be|become|becoming|lead|leading|run|running|own|owning|start|build|head|direct|manage|open|work|move|have|get|make|found|teach|practice|reach|land|serve|sit|take|launch|end up|as|a|an|the|my)|i see myself|goal is|is to (?:become|be|lead|run|own|build|start|open|have|found|launch|reach)|(?:want|would like|would love|hope|aim|plan) , (?:[a-z]+ ){1,3}, to (?:be|become|lead|run|own|build|start|open|head|direct|manage)",
);
const LONG_GOAL_NAMED = words(
  "(?:long term|ultimate|end|final|career|north star|lifelong) (?:goal|aim|ambition|aspiration|plan)",
);

// A3: the steps back from the goal to now.
const STEP = words(
  "(?:next|first),? i (?:want|would|hope|plan|need|will|am going|intend)|to get there|to get to that point|to do that|to make that happen|to reach that|before that|first,? i|the first step|next step|step (?:one|two)|stepping stones?|in the (?:short|shorter|medium|near|nearer) term|short term|medium term|in the meantime|meanwhile|right now|for now|at the moment|at this moment|at present|currently|this year|next year|next (?:fall|spring|summer|autumn|winter|month|semester|term|september|january)|i am (?:now |currently |already )?(?:applying|working on|studying|taking|finishing|completing|preparing|training|saving|doing)|to (?:become|be) (?:a|an) ~3, i (?:need|will|would|have to|must)|over the next (?:year|two|three|couple|few|[0-9]+)|in the next (?:year|two|three|couple|few|[0-9]+|six|eighteen)|within (?:the next )?(?:a year|two years|three years|eighteen months|[0-9]+ months)|(?:which|that) means|so i need|i need to|i will need|i would need|that requires|requires|working backwards?|backwards from|between now and then|along the way|on the way there|after that|then i|and then|that is why i|which is why i|my plan is|my next move|from there|before i can|once i|after i",
);
const FUTURE = words(
  "need|needs|will|plan|planning|next|then|aim|aiming|want|hope|would|going to|intend|should|must|have to|looking to|looking for|move|get|earn|become|take on|gain|build|lead|finish|complete|apply|pursue|learn|develop|step|steps|stepping",
);

// "Long term: CISO at a mid-size bank." A sentence led by its horizon needs no verb.
const LED_BY_HORIZON =
  /^ (?:(?:and|but|so) (?:, )?)?(?:the |my )?(?:long term|longer term|long run|ultimately|eventually|end goal|end ?game|the dream)(?= )/;

// "…a few vans on the road. That's the dream.": a sentence that names the one before it as
// the goal makes that sentence the long-term goal (A3, read across sentences).
const NAMES_PREVIOUS = words(
  "(?:that|this) is (?:the|my) (?:real |big |ultimate |long term |end )?(?:dream|goal|aim|ambition|end goal|plan long term)|that is it , that is always been it|(?:that|it) (?:is|has) always been (?:the|my) (?:dream|goal|plan|ambition)",
);

// "I'd like to be a CFO. … I'd say twelve to fifteen years.": a sentence that only gives a
// span of years puts the aspiration just before it on the long horizon (A3).
const BARE_HORIZON = words(
  `(?:i would say |i am thinking |i reckon |probably |maybe |say |about |roughly )?(?:in )?(?:(?:${YEARS}) (?:or|to) )?(?:${YEARS}) (?:or so |plus |more )?years(?: or so| or more| plus)?(?: \\.| ,| from now| out| away| time| tops)`,
);
const YEARS_BEHIND = words(`(?:for|past|last|over|spent|been) ~2${YEARS} years|years ago`);
const OTHERS_PLAN = words(
  "(?:she|he|they|parents|mum|mom|dad|supervisor|boss|manager|family) ~2(?:wants?|would like|hopes?|expects?|sees?) me (?:to|as)",
);

// "I don't really have a career goal yet": a goal denied is no goal (A3).
const NO_GOAL = words(
  "(?:do not|did not|never|not) ~3(?:have|got|know|set|worked out|figured out|made) ~3(?:goals?|plan|ambition|idea what)|no (?:real |clear |fixed |set )?(?:career )?(?:goal|goals|plan|ambition)",
);

// A sentence that starts with the speaker's present position.
const LED_BY_PRESENT =
  /^ (?:(?:so|well|okay|ok|right) (?:, )?)?(?:at the moment|right now|currently|at present|these days|today|where i am (?:right )?now)(?= )/;

function goalIn(s: Sentence): Span | null {
  if (has(s.a, NO_GOAL)) return null;
  // "Oh, career goals, hmm.": the question echoed back names no goal.
  const echo = wordCountOf(s) <= 5 && !/ (?:is|was|are|be|would|will) /.test(s.a.surface);
  const named = echo ? null : find(s.a, LONG_GOAL_NAMED);
  // "I'm not sure what my long-term goal is yet": the goal is named only to be denied.
  if (named) return negatedAt(s, named) ? null : named;
  if (LED_BY_HORIZON.test(s.a.surface)) return find(s.a, HORIZON);
  const horizon = find(s.a, HORIZON);
  // "I don't want to still be in recruitment in five years": a refusal is not an aim.
  const aspire = find(s.a, ASPIRE);
  if (has(s.a, OTHERS_PLAN)) return null;
  return horizon && aspire && !negatedAt(s, aspire) ? horizon : null;
}

/** An aspiration whose horizon is given by one of the next two sentences alone. */
function goalBeforeHorizon(s: Sentence, sentences: readonly Sentence[]): Span | null {
  if (has(s.a, NO_GOAL) || has(s.a, OTHERS_PLAN)) return null;
  const aspire = find(s.a, ASPIRE);
  if (!aspire || negatedAt(s, aspire)) return null;
  const later = sentences.slice(s.index + 1, s.index + 3);
  // Short, and a span ahead: "for four years" or "four years ago" looks back.
  const ahead = (n: Sentence) =>
    n.a.tokens.length <= 12 &&
    has(n.a, BARE_HORIZON) &&
    !has(n.a, YEARS_BEHIND) &&
    !find(n.a, ASPIRE);
  return later.some(ahead) ? aspire : null;
}

// "I'm not sure yet how to get there": the steps are missing, not given (A3).
const NO_STEPS = words(
  "(?:have not|had not|never) (?:really )?thought ~3(?:through|about how|that far)|not (?:really )?(?:a planner|much of a planner)|(?:something|things) (?:will )?(?:turn|turns|come|comes) up|see (?:how it goes|what happens)|play it by ear|not sure (?:yet )?(?:how|what)|how (?:i|to) ~3get (?:from|to|there) (?:\\S+ ){0,14}(?:do not|not sure|no idea)|do not ~2know ~2(?:how|what)|no idea (?:how|what)|have not (?:yet )?(?:figured|worked) out|(?:unsure|unclear) (?:how|what)",
);

// "Before that, head of security operations.", "Before lead, a senior role.": a milestone
// named, no verb needed; a sentence led by "before …" walks back from the one after it.
const STEP_NAMED = words(
  "before that|after that|to get there|the first step|stepping stones?|my (?:next |first |immediate )?step|the (?:stage|step) before",
);
const LED_BY_BEFORE = /^ (?:and |so )?before (?:[a-z]+ ){1,4}, /;
// "So now, my step is to finish my portfolio": the present step, said as "now" up front.
const LED_BY_NOW = /^ (?:(?:so|and|for) )?now (?:, )?(?!that )/;

// "I've spent twenty-five years in the industry, first at Sellafield and then at Heysham":
// the road so far, not a step towards the goal (A3).
const ROAD_SO_FAR = words(
  "i (?:have |had )?(?:spent|worked|been) ~4(?:years?|decades?)|i (?:have|had) been (?:in|at|with) ~4(?:for|since)",
);
// The speaker's own way ahead: "the consultancies need people" is no step of theirs.
const AHEAD = words(
  "i (?:[a-z]+ )?(?:need|will|plan|am planning|aim|am aiming|want|hope|would|am going to|intend|should|must|have to|am looking to)|next step",
);

function stepIn(s: Sentence): Span | null {
  if (has(s.a, NO_STEPS)) return null;
  if (has(s.a, ROAD_SO_FAR) && !has(s.a, AHEAD)) return null;
  if (LED_BY_BEFORE.test(s.a.surface) || (LED_BY_NOW.test(s.a.surface) && has(s.a, FUTURE)))
    return { from: 0, to: 1 };
  const span = find(s.a, STEP);
  return span && (has(s.a, FUTURE) || has(s.a, STEP_NAMED)) ? span : null;
}

/** A3 elements found in a "what are your career goals?" answer. */
export function goalsElements(sentences: readonly Sentence[]): Record<string, Hit | null> {
  let goal: Hit | null = null;
  let step: Hit | null = null;
  for (const s of sentences) {
    // "I want to be a master. A ship's master, deep sea. That's the goal.": the naming
    // sentence may follow an apposition that only restates the aim.
    const named = sentences.slice(s.index + 1, s.index + 3).some((n) => has(n.a, NAMES_PREVIOUS));
    const g =
      goalIn(s) ??
      (named && has(s.a, ASPIRE) && !has(s.a, NO_GOAL) ? find(s.a, ASPIRE) : null) ??
      goalBeforeHorizon(s, sentences);
    if (g && !goal) goal = { sentence: s, span: g };
    // A step is a nearer milestone, said in its own sentence.
    const st = g ? null : stepIn(s);
    if (st && !step) step = { sentence: s, span: st };
  }
  // "Next I want to become a senior analyst, then …, and down the line …": the steps come
  // first inside the goal's own sentence (A3 order), before the long-term horizon.
  if (goal && !step) {
    const inside = find(goal.sentence.a, STEP);
    if (
      inside &&
      inside.to < goal.span.from &&
      has(goal.sentence.a, FUTURE) &&
      !has(goal.sentence.a, NO_STEPS)
    )
      return {
        "long-term-goal": goal,
        "steps-back": { sentence: goal.sentence, span: inside },
        "long-term-first": null,
      };
  }
  const firstAfterGoal = goal
    ? sentences.slice(goal.sentence.index + 1).find((s) => !goalIn(s) && stepIn(s))
    : undefined;
  // A3: steps back *from the goal*; without a long-term goal there is nothing to step back from.
  // Saying the way there is not yet known leaves only steps named after the goal (A3).
  const denied = sentences.some((s) => has(s.a, NO_STEPS));
  const stepsBack = !goal
    ? null
    : firstAfterGoal
      ? { sentence: firstAfterGoal, span: stepIn(firstAfterGoal)! }
      : denied
        ? null
        : step;
  // A3: the long-term goal first, then the steps back from it. An answer that opens on where
  // the speaker is now ("At the moment I'm a data analyst…") puts the goal second.
  const presentFirst =
    goal !== null &&
    sentences.slice(0, goal.sentence.index).some((s) => LED_BY_PRESENT.test(s.a.surface));
  const longTermFirst =
    goal && !presentFirst && (!step || goal.sentence.index < step.sentence.index) ? goal : null;
  return { "long-term-goal": goal, "steps-back": stepsBack, "long-term-first": longTermFirst };
}
