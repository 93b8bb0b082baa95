import { type Analyzed, analyze, type Span } from "../text/analyze.ts";

/** One sentence of an answer, analysed, with its position. */
export type Sentence = { index: number; a: Analyzed };

/** Where an element of a good answer shows: the sentence and the matched words. */
export type Hit = { sentence: Sentence; span: Span };

// A full stop after these does not end a sentence ("Dr. Hannah Cho", "St. James").
const ABBREVIATIONS =
  /(?:\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Sr|Jr|Inc|Ltd|Co|Corp|vs|etc|No|Mt|Ft|Gen|Lt|Col|Capt|Sgt|Rev|Hon|Univ|Dept|approx|e\.g|i\.e|U\.S|U\.K|a\.m|p\.m)|\b[A-Z])\.$/;

/** Splits prose into sentences (., ! and ? followed by a space and a new sentence). */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\d])|\n\s*\n/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    if (ABBREVIATIONS.test(candidate.trimEnd())) continue;
    push(out, candidate);
    start = m.index + m[0].length;
  }
  push(out, text.slice(start));
  return out;
}

function push(out: Sentence[], raw: string): void {
  const text = raw.trim();
  if (text === "") return;
  out.push({ index: out.length, a: analyze(text) });
}

/** The first sentence (from `from`) where a test passes, with the span it reports. */
export function firstHit(
  sentences: readonly Sentence[],
  test: (s: Sentence) => Span | null,
  from = 0,
): Hit | null {
  for (const s of sentences.slice(from)) {
    const span = test(s);
    if (span) return { sentence: s, span };
  }
  return null;
}

/** How many words a sentence has (punctuation and numbers not counted). */
export function wordCountOf(s: Sentence): number {
  return s.a.tokens.filter((t) => /^[a-z]/.test(t.norm)).length;
}

/** The whole sentence as a span, for elements judged on a sentence as a whole. */
export function wholeSentence(s: Sentence): Span {
  return { from: 0, to: Math.max(s.a.tokens.length - 1, 0) };
}

/**
 * A short snippet of the original words that show an element: the sentence when short,
 * otherwise the clause around the match.
 */
export function evidenceOf(hit: Hit): string {
  const { a } = hit.sentence;
  const text = a.text.trim();
  const wordCount = text.split(/\s+/).length;
  if (wordCount <= 30) return text;
  const first = a.tokens[hit.span.from];
  const last = a.tokens[Math.min(hit.span.to, a.tokens.length - 1)];
  if (!first || !last) return text;
  const before = a.text.slice(0, first.start);
  const after = a.text.slice(last.end);
  const open = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf(":"));
  const closes = [",", ";", ":"].map((c) => after.indexOf(c)).filter((i) => i >= 0);
  const close = closes.length > 0 ? last.end + Math.min(...closes) : a.text.length;
  return a.text
    .slice(open + 1, close)
    .trim()
    .replace(/[.!?]+$/, "");
}

// Words that deny or hedge away what follows them in the same clause: "I'm not going to
// pretend I've read up on it", "I don't really have a career goal yet" (A1–A6: an element
// that is denied is missing, not present).
const NEGATORS =
  /^(?:not|never|no|nobody|nothing|without|pretend|pretending|hardly|barely|nor|neither)$/;
const CLAUSE_BREAK = /^(?:[,;:.?!-]|but|and|so|because|although|though|while|which|who)$/;

/** True when a negator stands within `reach` words before the span, in the same clause. */
export function negatedAt(s: Sentence, span: Span, reach = 4): boolean {
  const { tokens } = s.a;
  for (let k = span.from - 1; k >= 0 && k >= span.from - reach; k--) {
    const norm = tokens[k]?.norm ?? "";
    if (CLAUSE_BREAK.test(norm)) return false;
    if (NEGATORS.test(norm)) return true;
  }
  return false;
}
