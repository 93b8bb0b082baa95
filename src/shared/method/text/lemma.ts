import nlp from "compromise";

type Conjugator = (word: string, model: object, tense?: string) => string;
type CompromiseTransforms = {
  verb: { toInfinitive: Conjugator };
  noun: { toSingular: (word: string, model: object) => string };
};
type CompromiseMethods = { two: { transform: CompromiseTransforms } };
type CompromiseModel = { one: { lexicon: Record<string, string | string[] | undefined> } };

// compromise types its model and methods as `object`; these are the parts we read.
const model = nlp.model() as unknown as CompromiseModel;
const transforms = (nlp.methods() as unknown as CompromiseMethods).two.transform;
const lexicon = model.one.lexicon;

const VERB_TAGS = new Set(["PastTense", "PresentTense", "Gerund", "Participle", "PerfectTense"]);

// Words compromise would otherwise mis-lemmatise out of context, or that look plural.
const OVERRIDES: Readonly<Record<string, string>> = {
  is: "be",
  are: "be",
  was: "be",
  were: "be",
  am: "be",
  been: "be",
  being: "be",
  has: "have",
  had: "have",
  having: "have",
  does: "do",
  did: "do",
  done: "do",
  doing: "do",
  founded: "found",
  founding: "found",
  founds: "found",
  hiring: "hire",
  hires: "hire",
  hired: "hire",
  opening: "opening",
  openings: "opening",
  posting: "posting",
  postings: "posting",
  training: "training",
  building: "building",
  offering: "offering",
  offerings: "offering",
  meeting: "meeting",
  news: "news",
  data: "data",
  series: "series",
  us: "us",
  this: "this",
  its: "its",
  his: "his",
  as: "as",
  yes: "yes",
  less: "less",
  process: "process",
  business: "business",
  analysis: "analysis",
  basis: "basis",
  crisis: "crisis",
  status: "status",
  campus: "campus",
  across: "across",
  always: "always",
  perhaps: "perhaps",
  sometimes: "sometimes",
  towards: "toward",
  afterwards: "afterward",
  headquarters: "headquarters",
  sales: "sales",
  economics: "economics",
  politics: "politics",
  logistics: "logistics",
  analytics: "analytics",
  physics: "physics",
  statistics: "statistics",
  people: "people",
  staff: "staff",
  lead: "lead",
  led: "lead",
  leading: "lead",
  drew: "draw",
  drawn: "draw",
  brought: "bring",
  sought: "seek",
  thought: "think",
  taught: "teach",
  grew: "grow",
  grown: "grow",
  went: "go",
  gone: "go",
  made: "make",
  got: "get",
  gotten: "get",
  chose: "choose",
  chosen: "choose",
  felt: "feel",
  left: "leave",
  kept: "keep",
  set: "set",
  sets: "set",
  setting: "set",
  found: "find",
};

const cache = new Map<string, string>();

function guess(word: string): string {
  const tag = lexicon[word];
  const first = Array.isArray(tag) ? tag[0] : tag;
  if (first !== undefined) {
    if (VERB_TAGS.has(first)) return transforms.verb.toInfinitive(word, model, first) || word;
    if (first === "Plural") return transforms.noun.toSingular(word, model) || word;
    // compromise tags many participles ("joined", "established") as adjectives.
    if (first === "Adjective" && word.endsWith("ed") && word.length > 5) {
      return transforms.verb.toInfinitive(word, model, "PastTense") || word;
    }
    return word;
  }
  if (word.length > 5 && word.endsWith("ing")) {
    return transforms.verb.toInfinitive(word, model, "Gerund") || word;
  }
  if (word.length > 4 && word.endsWith("ed")) {
    return transforms.verb.toInfinitive(word, model, "PastTense") || word;
  }
  if (word.length > 3 && word.endsWith("s") && !/(ss|us|is|ics|ous)$/.test(word)) {
    return transforms.noun.toSingular(word, model) || word;
  }
  return word;
}

/**
 * The dictionary form of one lower-case word ("hiring" → "hire", "drew" → "draw",
 * "qualities" → "quality"), from compromise's lexicon and conjugation model. Memoised:
 * question vocabularies repeat, so linting a thousand questions stays fast.
 */
export function lemmaOf(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const override = OVERRIDES[word];
  const lemma = override ?? (/^[a-z]+$/.test(word) ? guess(word) : word);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, lemma);
  return lemma;
}

/** The lexicon tags compromise knows for a lower-case word (e.g. "FemaleName", "City"). */
export function lexiconTags(word: string): readonly string[] {
  const tag = lexicon[word];
  if (tag === undefined) return [];
  return Array.isArray(tag) ? tag : [tag];
}
