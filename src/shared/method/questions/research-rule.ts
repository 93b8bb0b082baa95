import { type Analyzed, analyze, has, words } from "../text/analyze.ts";
import { DEEPER, type WebsiteTopic } from "./website-rule.ts";

/** One clause of the user's research notes, ready for matching. */
type Clause = { text: string; lemmas: ReadonlySet<string>; topics: ReadonlySet<WebsiteTopic> };

/** Research notes split into clauses (memoised for the last notes seen). */
export type ResearchFacts = { clauses: readonly Clause[]; lemmas: ReadonlySet<string> };

// At the start of the question, or of one of its sentences.
const FACT_SEEKING =
  /(?:^ |[.?!-] )(?:what|which|who|where|when|how many|how much|how big|how large|how old|how long|is|are|does|do|did|was|were|has|have|can you tell me|could you tell me|tell me) /;

// Words too general to show that the notes answer this particular question.
const GENERIC = new Set(
  (
    "a an the of in on at to for from with by about and or but if as is be are was were do does did have has had " +
    "what which who whom whose where when why how many much big large old long there here this that these those it its " +
    "you your yours we our us they their them i me my he she his her one some any all most more very really actually " +
    "company organization firm team business org agency group office people staff employee work thing year years " +
    "new main current currently today now right just also can could would will should may might tell know " +
    "size number locate located base based headquarters? head ? . , ! ; : - ( ) & $ % not no"
  ).split(" "),
);

const QUESTION_TOPICS: ReadonlyArray<readonly [WebsiteTopic, RegExp]> = [
  [
    "size",
    words("how many|how big|how large|size|head ?count|staff|employees?|people work|employ"),
  ],
  [
    "locations",
    words(
      "where|offices?|based|located|locate|cities|city|countries|country|sites?|branch|branches|headquarters|hq",
    ),
  ],
  ["founding", words("when|founded|found|established|establish|what year|how old|history")],
  [
    "leadership",
    words(
      "who (?:is|are|be|runs|run|leads|lead|heads|head)|ceo|president|founders?|chair|leadership",
    ),
  ],
  [
    "offerings",
    words(
      "products?|services?|offer|offers|sell|sells|provide|provides|programs?|tools?|platforms?|apps?|launch|launched",
    ),
  ],
  ["clients", words("clients?|customers?|serve|serves|funders?|donors?")],
  ["finances", words("revenue|turnover|profits?|funding|budget|raised|raise|valuation")],
];

const CLAUSE_TOPICS: ReadonlyArray<readonly [WebsiteTopic, RegExp]> = [
  [
    "size",
    words(
      "[0-9][0-9,.]* ~2(?:staff|employees|people|workers|engineers|members|colleagues|consultants|lawyers|nurses|volunteers|ftes)|head ?count|employs|employ|staff of",
    ),
  ],
  [
    "founding",
    words("founded|established|since (?:1[89]|20)[0-9][0-9]|started in|launched in|incorporated"),
  ],
  [
    "locations",
    words(
      "offices?|based|headquarters|headquartered|located|branches|sites|locations|operates in|operate in|presence in",
    ),
  ],
  [
    "leadership",
    words(
      "ceo|president|founder|founders|led by|chair|managing director|executive director|chief [a-z]+",
    ),
  ],
  [
    "offerings",
    words(
      "sells?|offers?|products?|services?|platform|tool|app|provides?|makes|programs?|launched",
    ),
  ],
  ["clients", words("clients?|customers?|serves?|works with|funders?|donors?")],
  ["finances", words("revenue|turnover|profit|funding|raised|valuation|million|billion")],
];

function content(a: Analyzed): Set<string> {
  const out = new Set<string>();
  for (const t of a.tokens) if (!GENERIC.has(t.lemma) && !GENERIC.has(t.norm)) out.add(t.lemma);
  return out;
}

let lastNotes: string | null = null;
let lastFacts: ResearchFacts = { clauses: [], lemmas: new Set() };

/** Splits research notes into clauses with their lemmas and fact topics (M7, M13). */
export function parseResearch(notes: string): ResearchFacts {
  if (notes === lastNotes) return lastFacts;
  const clauses: Clause[] = [];
  const lemmas = new Set<string>();
  for (const raw of notes.split(/[\n;]+|[.!?](?:\s+|$)|,\s+(?=\S)/)) {
    const text = raw.trim();
    if (text.length < 3) continue;
    const a = analyze(text);
    const words = content(a);
    for (const w of words) lemmas.add(w);
    const topics = new Set<WebsiteTopic>();
    for (const [topic, pattern] of CLAUSE_TOPICS) if (has(a, pattern)) topics.add(topic);
    clauses.push({ text, lemmas: words, topics });
  }
  lastNotes = notes;
  lastFacts = { clauses, lemmas };
  return lastFacts;
}

const OWN_SCOPE = words(
  "your ~1(?:team|department|group|unit|division|role|work|job|day|week)|you (?:personally|yourself)",
);

/**
 * M7: the clause of the research notes that already answers this question, if any.
 * A match needs a fact-seeking question and either the same fact topic plus the same
 * specific words, or a strong overlap of specific words with one clause.
 */
export function answeredByResearch(a: Analyzed, facts: ResearchFacts): string | null {
  if (facts.clauses.length === 0 || !has(a, FACT_SEEKING) || has(a, DEEPER)) return null;
  const specific = content(a);
  const shared = [...specific].filter((w) => facts.lemmas.has(w));
  const topics = QUESTION_TOPICS.filter(([, p]) => has(a, p)).map(([t]) => t);
  for (const clause of facts.clauses) {
    const topical = topics.some((t) => clause.topics.has(t));
    if (topical) {
      if (specific.size === 0 && !has(a, OWN_SCOPE)) return clause.text;
      if (specific.size > 0 && shared.length > 0 && shared.length * 2 >= specific.size) {
        // Prefer the clause that holds the shared words when there is one.
        const holder = facts.clauses.find((c) => shared.some((w) => c.lemmas.has(w)));
        return holder?.text ?? clause.text;
      }
    }
  }
  for (const clause of facts.clauses) {
    const overlap = [...specific].filter((w) => clause.lemmas.has(w)).length;
    if (overlap >= 2 && overlap * 5 >= specific.size * 3) return clause.text;
  }
  return null;
}
