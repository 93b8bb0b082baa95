import { lemmaOf } from "./lemma.ts";
import { americanize } from "./spelling.ts";
import { correctTypo } from "./typos.ts";

/** One normalised word or punctuation mark, with its place in the original text. */
export type Token = {
  /** Lower-case, American spelling, contractions expanded. */
  norm: string;
  lemma: string;
  /** The original word started with a capital letter. */
  cap: boolean;
  start: number;
  end: number;
};

/**
 * A text as two parallel space-joined strings (surface forms and lemmas), each with a
 * leading and trailing space, so rules can be written as word-bounded regular expressions.
 */
export type Analyzed = {
  text: string;
  tokens: readonly Token[];
  surface: string;
  lemmas: string;
};

/** Where a rule matched: token indexes, inclusive. */
export type Span = { from: number; to: number };

const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}]+)*|\d+(?:[.,]\d+)*%?|[?.!,;:()&$%]|\s[-–—]+\s/gu;

const PRONOUN_IS = new Set([
  "it",
  "that",
  "what",
  "who",
  "where",
  "when",
  "how",
  "why",
  "there",
  "here",
  "he",
  "she",
  "this",
  "which",
  "everything",
  "everyone",
  "nobody",
  "something",
  "someone",
  "anything",
  "anyone",
]);

const NOT_CONTRACTIONS: Readonly<Record<string, readonly string[]>> = {
  "can't": ["can", "not"],
  "won't": ["will", "not"],
  "shan't": ["shall", "not"],
  "ain't": ["is", "not"],
};

const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ["'re", "are"],
  ["'ve", "have"],
  ["'ll", "will"],
  ["'d", "would"],
  ["'m", "am"],
];

// Questions typed like a text message ("what r u guys looking for?") carry the same asks
// (M10); the shorthand is read as the words it stands for. A capital "R" is the language.
const SHORTHAND: Readonly<Record<string, string>> = { u: "you", r: "are", ur: "your" };

function expand(word: string): string[] {
  const short = SHORTHAND[word];
  if (short) return [short];
  const lower = word.toLowerCase().replace(/’/g, "'");
  const fixed = NOT_CONTRACTIONS[lower];
  if (fixed) return [...fixed];
  if (lower.endsWith("n't")) return [lower.slice(0, -3), "not"];
  for (const [suffix, full] of SUFFIXES) {
    if (lower.endsWith(suffix) && lower.length > suffix.length) {
      return [lower.slice(0, -suffix.length), full];
    }
  }
  if (lower.endsWith("'s")) {
    const base = lower.slice(0, -2);
    if (base === "let") return ["let", "us"];
    // "what's" is "what is"; "team's" is a possessive, which rules can ignore.
    return PRONOUN_IS.has(base) ? [base, "is"] : [base];
  }
  if (lower.endsWith("s'")) return [lower.slice(0, -1)];
  return [lower.replace(/'/g, "")];
}

// "Skipper's my boss", "the company's a software firm": a possessive is never followed by a
// determiner or an adverb, so there the "'s" was "is" (or "has" before a participle).
// Prepositions stay out: "my master's in economics" is a possessive.
const IS_NEXT = new Set([
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
  "a",
  "an",
  "the",
  "not",
  "just",
  "always",
  "never",
  "still",
  "also",
  "really",
  "very",
  "quite",
  "pretty",
  "so",
  "too",
  "now",
  "only",
  "probably",
  "definitely",
  "basically",
  "mostly",
  "going",
]);
const HAS_NEXT = new Set(["been", "got", "gone", "done", "had"]);

function restoreIs(tokens: Token[], dropped: ReadonlySet<number>): Token[] {
  if (dropped.size === 0) return tokens;
  const out: Token[] = [];
  tokens.forEach((t, i) => {
    out.push(t);
    const next = tokens[i + 1]?.norm ?? "";
    if (!dropped.has(i) || !(IS_NEXT.has(next) || HAS_NEXT.has(next))) return;
    const verb = HAS_NEXT.has(next) ? "has" : "is";
    out.push({ norm: verb, lemma: lemmaOf(verb), cap: false, start: t.start, end: t.end });
  });
  return out;
}

/** Splits, normalises and lemmatises a text (one question, or one sentence of an answer). */
export function analyze(text: string): Analyzed {
  const raw: Token[] = [];
  const dropped = new Set<number>();
  for (const match of text.matchAll(TOKEN)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    if (/^\s/.test(word)) {
      raw.push({ norm: "-", lemma: "-", cap: false, start, end });
      continue;
    }
    const cap = /^\p{Lu}/u.test(word);
    const parts = expand(word);
    parts.forEach((part, i) => {
      if (part === "") return;
      const norm = correctTypo(americanize(part));
      // "I'd" → "i" + "would": only the first part carries the capital.
      raw.push({ norm, lemma: lemmaOf(norm), cap: cap && i === 0, start, end });
    });
    if (parts.length === 1 && /['’]s$/i.test(word)) dropped.add(raw.length - 1);
  }
  const tokens = restoreIs(raw, dropped);
  const surface = ` ${tokens.map((t) => t.norm).join(" ")} `;
  const lemmas = ` ${tokens.map((t) => t.lemma).join(" ")} `;
  return { text, tokens, surface, lemmas };
}

function spanAt(joined: string, index: number, length: number): Span {
  // Token i begins after the (i+1)-th space of the joined string.
  const before = joined.slice(0, index + 1);
  const inside = joined.slice(index + 1, index + length);
  const from = Math.max((before.match(/ /g)?.length ?? 1) - 1, 0);
  const to = from + (inside.match(/ /g)?.length ?? 0);
  return { from, to };
}

/**
 * Tests a word-level pattern against the surface forms, then the lemmas.
 * Patterns are written over space-separated lower-case words.
 */
export function find(a: Analyzed, pattern: RegExp): Span | null {
  for (const joined of [a.surface, a.lemmas]) {
    pattern.lastIndex = 0;
    const m = pattern.exec(joined);
    if (m) return spanAt(joined, m.index, m[0].length);
  }
  return null;
}

/** True when a pattern matches the surface forms or the lemmas. */
export function has(a: Analyzed, pattern: RegExp): boolean {
  return pattern.test(a.surface) || pattern.test(a.lemmas);
}

/** The original text covered by a span of tokens. */
export function sliceOf(a: Analyzed, span: Span): string {
  const first = a.tokens[span.from];
  const last = a.tokens[Math.min(span.to, a.tokens.length - 1)];
  if (!first || !last) return a.text.trim();
  return a.text.slice(first.start, last.end);
}

/** Builds a word-bounded pattern from a source written with `~` for "up to n words". */
export function words(source: string, flags = ""): RegExp {
  const expanded = source.replace(/~(\d)/g, (_m, n: string) => `(?:[a-z0-9%]+ ){0,${n}}`);
  return new RegExp(` (?:${expanded})(?= )`, flags);
}
