import { find, has, type Span, words } from "../text/analyze.ts";
import { lexiconTags } from "../text/lemma.ts";
import { type Hit, type Sentence, wordCountOf } from "./sentences.ts";

// A4: a strength, a weakness, an example of each, and what was done about the weakness.
const STRENGTH = words(
  "strength|strengths|strongest|strong suit|i am (?:really |very |particularly |quite |pretty )?(?:good|great|excellent|skilled) (?:at|with)|i am (?:really |very )?(?:good|great) (?:at|with)|i am (?:really |very |pretty |quite )?(?:good|great|calm|strong|at my best) under pressure|i am (?:really |very )?strong (?:at|in|with)|i excel|i am known for|people (?:come to me|rely on me|count on me)|my (?:best|biggest|greatest|main) (?:skill|asset|quality)|what i (?:do|bring) (?:best|well)|i am great at|one thing i do well|i do (?:really )?well|my superpower|i am skilled at|i have a knack|gift for|talent for",
);
const WEAKNESS = words(
  "weakness|weaknesses|weak spot|weak side|weak point|weak points|downside|weaker|areas? (?:for|of) (?:improvement|growth|development)|development area|growth area|i (?:have )?(?:struggle|struggled)|struggle with|i tend to|i used to|not (?:very |particularly |always |naturally )?(?:good|great|strong|comfortable|confident|organized|patient) (?:at|with|in|about)?|something i (?:am|have been) working on|(?:am|have been|was) working on (?:my|being|getting)|i (?:can|could) be (?:too|overly|a bit|a little|quite)|i (?:am|was) (?:too|overly)|my (?:biggest|main|greatest|real) (?:challenge|flaw|shortcoming|blind spot)|blind spot|shortcoming|i have a hard time|i find it (?:hard|difficult)|i found it (?:hard|difficult)|i (?:avoid|avoided|hesitate|hesitated|procrastinat[a-z]*)|perfectionis[a-z]*|i am (?:a bit |quite |rather |fairly |pretty |still )?weak (?:on|at|in|with)|i (?:was|am) afraid|(?:took|take) on too much|say yes to everything",
);
// A4 example: an occasion, named by time, by a piece of work ("on the credit study") or a deed.
const EXAMPLE = words(
  "for example|for instance|(?:a|one|an|another|my|the) (?:good |great |quick |recent |real |concrete |classic )?example|i will give you (?:one|an example)|e g|one time|once|last (?:year|month|quarter|spring|summer|fall|autumn|winter|week)|(?:when|while) i (?:was|worked|led|ran|managed|joined|started)|on (?:a|one|my|our|the) ~3(?:project|launch|deal|shift|campaign|job|account|client|team|study|report|case|bid|audit|survey|contract|release|sprint|engagement|assignment|tender|pitch|trial|application|proposal|submission|grant|order|delivery|event|visit|inspection|presentation|production|shoot|voyage|patrol|call)|at (?:my|our) (?:last|previous|current|old|first)|in (?:my|our|one|a) (?:last|previous|recent|latest|first) [a-z]+|in (?:that|the) same [a-z]+|(?:our|my|the) (?:[a-z]+ ){0,2}(?:broke down|broke|failed|crashed|flooded|collapsed|went down)|last (?:harvest|season|term|semester|night|weekend|christmas|shift)|there was a time|a time when|at one point|i remember (?:when|once|a time)|when (?:our|my|the|a|an) ~4(?:went|was|were|broke|failed|crashed|flooded|lost|quit|walked|hit|collapsed|closed|had to|needed to)|in (?:20[0-9][0-9]|19[0-9][0-9])|(?:a )?(?:few|couple of|couple) (?:years|months|weeks) ago|(?:two|three|four|five|[0-9]+) (?:years|months|weeks) ago|during (?:a|the|my|our)|[0-9]+|i (?:led|ran|built|organized|presented|negotiated|wrote|launched|delivered|handled|managed|took|gave|spent|missed|stayed|redid|rewrote|sent|caught|noticed|found|turned|calmed|got|kept|brought|stepped|worked|helped|pulled|put|made|had|did|was)",
);
const EXPLICIT_EXAMPLE = words(
  "for example|for instance|(?:a|one|an|another) (?:good |great |quick |recent |real |concrete )?example|one time|once|e g|there was a time|a time when|at one point|i remember (?:when|once|a time)|on (?:a|one|my|our) ~3project (?:last|in|a)",
);
const RECOGNIZED = words(
  "i (?:realized|noticed|recognized|saw|learned|discovered|understood|figured out|became aware)|(?:feedback|review|my manager|my boss|a colleague|my mentor|my team|a mentor|a coworker|someone|my lead|my supervisor) ~4(?:told|pointed out|said|mentioned|flagged|noticed|gave me|showed)|(?:got|received|asked for) (?:some )?(?:honest )?feedback|it became clear|wake up call",
);
// "I deliberately signed up", "I then started": one adverb may stand between "I" and the verb.
// "When I started volunteering, I realised…" is a time clause, not a fix (the lookbehind).
const ACTION = words(
  "so i (?:[a-z]+ly |then |also )?(?:started|began|now|have(?! not| never| no )|took (?!on )|signed|joined|set|asked|use|used|built|made|created|practice|practiced|worked|decided|make|put|read|found|hired|got|try|tried|learned|block|blocked)|(?<!(?:when|after|before|until|once) )i (?:[a-z]+ly |then |also )?(?:now|have since|have started|started|began|took (?!on )|signed up|enrolled|joined|set up|set myself|asked|use|practice|practiced|have been (?:working|practicing|using|taking|doing)|make a point|made a point|block|blocked|schedule|scheduled|delegate|delegated|learned to|have learned|am learning|hired a coach|worked with a (?:coach|mentor)|built a|created a|keep a|write down|check in)|to (?:fix|address|tackle|work on|improve|overcome|deal with|counter|manage) (?:that|this|it)|since then|ever since|from then|from that (?:day|point|moment|time)|nowadays|these days i|now i|as a result,? i|what i do now|i have (?:gotten|got|become) better|i have improved|i am (?:much |a lot )?better (?:at|now)|(?:which|that|it) has helped|what i (?:did|have done|changed) (?:was|is|about it)|i (?:made|set) (?:a|it a) (?:rule|habit|point)|i (?:completed|took|did|finished|enrolled in|signed up for) (?:a|an) ~3(?:course|certificate|class|program|programme|training|workshop|bootcamp)|to get (?:more )?(?:practice|better at)|(?:brought in|hired|got|found|engaged|started seeing|started working with) (?:a|an) ~2(?:coach|mentor|therapist|tutor)",
);

// A dated, concrete episode is an example even when it is also how the weakness showed.
const EPISODE = words(
  "on (?:one|a|that) ~2(?:application|proposal|bid|case|project|job|shift|deal|launch|order|delivery|event|visit|inspection|audit|submission|grant|report)|when (?:a|an|one|the|my|our) ~8(?:was|were|got) (?:dismissed|rejected|cancelled|canceled|lost|thrown out|returned|sent back|delayed|missed|refused|declined|escalated)|when (?:my|our|a|the) ~2(?:lead|manager|boss|supervisor|colleague|client|customer|director|mentor|partner|teacher|editor|prosecutor|auditor|inspector) ~2(?:showed|told|pointed|asked|called|sent|flagged|caught|spotted)|in (?:our|a|my|the) (?:retrospective|retro|review|appraisal|one to one|debrief|post mortem)|in my first (?:day|week|month|year|job|role)|when i (?:arrived|started|joined|moved|took over)|on (?:one|a|that) (?:project|job|shift|deal|launch)|one (?:day|time|week|month)|last (?:year|month|quarter|week|spring|summer|fall|autumn|winter|harvest|season|term|semester)|during (?:our|the|a|my|that) ~2(?:season|rush|peak|launch|audit|project|shift|crisis|lockdown|pandemic|merger|move|migration|busy)|i (?:realized|realised|noticed|recognized|recognised|saw|learned|discovered|understood) (?:it|this|that) (?:when|during|after|on|in|at|the day|the first time)|[0-9]+",
);

// "I'm still figuring out how to deal with it": naming the fix is not having made it (A4).
const NO_ACTION_YET = words(
  "(?:have not|had not|never|not) ~2(?:had|got|gotten|found) (?:the |a |much )?(?:chance|time|opportunity)|(?:trying to|try to|hoping to|hope to|need to|want to) (?:work on|fix|address|improve|deal with|get better at|manage|handle|control|watch) (?:it|that|this)|still (?:figuring|working out|trying to figure|not sure|looking for)|not (?:yet )?(?:sure|found|figured|worked out)|have not (?:yet )?(?:found|figured|worked out|fixed|solved|done)|do not know how|no idea how",
);

function within(
  sentences: readonly Sentence[],
  from: number,
  count: number,
  test: (s: Sentence) => Span | null,
  stop?: number,
): Hit | null {
  for (const s of sentences.slice(from, from + count)) {
    if (stop !== undefined && s.index >= stop) break;
    const span = test(s);
    if (span) return { sentence: s, span };
  }
  return null;
}

// Pasts the lexicon tags otherwise ("left" as an adjective, "built" as a participle), and
// "re-" verbs it does not know ("rebuilt", "rewrote").
const IRREGULAR_PASTS =
  /^(?:left|built|lost|sought|rebuilt|rewrote|redrew|rethought|reran|retook)$/;

function isPast(norm: string, lemma: string): boolean {
  return (
    IRREGULAR_PASTS.test(norm) ||
    lexiconTags(norm).includes("PastTense") ||
    (/ed$/.test(norm) && lemma !== norm)
  );
}

// A told episode: "I" followed within two words by a past-tense verb ("I set up", "I quietly
// rebuilt"), which a bare claim of a trait ("I am organised") never has.
function pastDeed(s: Sentence, from = 0): Span | null {
  const { tokens } = s.a;
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i]?.norm !== "i") continue;
    for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || /^(?:was|had|did|am|have|would|could|should|will)$/.test(t.norm)) break;
      if (isPast(t.norm, t.lemma)) return { from: i, to: k };
    }
  }
  return null;
}

// "So I moved the whole cellar onto new software": a past deed that follows from the
// weakness ("so", "and so") is what was done about it (A4), whatever the verb.
const CONSEQUENCE = /^ (?:and |but )?so (?:, )?i (?:[a-z]+ly )?([a-z]+) /;
const NOT_DEEDS = /^(?:was|were|had|did|felt|thought|guess|suppose|think|mean|said|knew|realized)$/;

function consequenceDeed(s: Sentence): Span | null {
  const verb = CONSEQUENCE.exec(s.a.surface)?.[1];
  if (!verb || NOT_DEEDS.test(verb)) return null;
  const past = lexiconTags(verb).includes("PastTense") || /ed$/.test(verb);
  return past ? { from: 0, to: 3 } : null;
}

// "My lead showed me that I spent four days on one animation": the deed told after how the
// weakness was noticed is its example; "I realised I needed help" tells no deed.
const NOT_EPISODE_VERBS = /^(?:needed|wanted|tended|used|felt|thought|knew|realized|realised)$/;

function deedAfterRecognition(s: Sentence): Span | null {
  const recognized = find(s.a, RECOGNIZED);
  if (!recognized) return null;
  const deed = pastDeed(s, recognized.to + 1);
  return deed && !NOT_EPISODE_VERBS.test(s.a.tokens[deed.to]?.norm ?? "") ? deed : null;
}

// "Now, before I start a task, I ask my lead…": what the speaker does now is the fix.
const NOW_PRACTICE = /^ (?:and |so )?(?:now|nowadays|these days|today) (?:, )?/;
const NOT_PRACTICE = /^(?:am|was|have|had|think|feel|guess|know|do|did|would|could|still|mean)$/;

function nowPractice(s: Sentence): Span | null {
  if (!NOW_PRACTICE.test(s.a.surface)) return null;
  const i = s.a.tokens.findIndex(
    (t, k) => t.norm === "i" && !NOT_PRACTICE.test(s.a.tokens[k + 1]?.norm ?? "do"),
  );
  return i >= 0 ? { from: 0, to: i + 1 } : null;
}

const TOPIC_CHANGE =
  /^ (?:(?:so|but|and|okay|ok) (?:, )?)?(?:anyway|moving on|but enough about that)(?= )/;

// "Right, strengths." A sentence that only names the topic is a heading: the example window
// starts after it.
function isHeading(s: Sentence): boolean {
  return wordCountOf(s) <= 3;
}

/** A4 elements found in a "strengths / weaknesses" answer. */
export function strengthsElements(sentences: readonly Sentence[]): Record<string, Hit | null> {
  const strength = sentences.find((s) => has(s.a, STRENGTH) && !has(s.a, WEAKNESS));
  const weakness = sentences.find(
    (s) => has(s.a, WEAKNESS) && (!strength || s.index !== strength.index),
  );
  const stop = weakness && strength && weakness.index > strength.index ? weakness.index : undefined;
  // How the weakness was noticed or fixed is not yet an example of it.
  const weaknessExampleIn = (s: Sentence): Span | null => {
    const span = find(s.a, EXAMPLE);
    const deed = span ?? pastDeed(s);
    if (has(s.a, ACTION)) return find(s.a, EXPLICIT_EXAMPLE);
    if (deed && (!has(s.a, RECOGNIZED) || has(s.a, EPISODE))) return deed;
    return deedAfterRecognition(s) ?? find(s.a, EXPLICIT_EXAMPLE);
  };
  const strengthExample = strength
    ? within(
        sentences,
        strength.index,
        isHeading(strength) ? 4 : 3,
        (s) => find(s.a, EXAMPLE) ?? pastDeed(s),
        stop,
      )
    : null;
  // The weakness may be named in a sentence of its own ("Weaknesses, hmm."), then told.
  const weaknessExample = weakness ? within(sentences, weakness.index, 4, weaknessExampleIn) : null;
  // "Anyway, what I'm really interested in…": the answer has moved on from the weakness.
  const movedOn = weakness
    ? sentences.find((s) => s.index > weakness.index && TOPIC_CHANGE.test(s.a.surface))
    : undefined;
  const weaknessAction = weakness
    ? within(
        sentences,
        weakness.index,
        sentences.length,
        (s) =>
          has(s.a, NO_ACTION_YET)
            ? null
            : (find(s.a, ACTION) ?? consequenceDeed(s) ?? nowPractice(s)),
        movedOn?.index,
      )
    : null;
  return {
    "strength-example": strengthExample,
    "weakness-example": weaknessExample,
    "weakness-action": weaknessAction,
  };
}
