import type { Finding } from "../types.ts";
import type { Sentence } from "./sentences.ts";

/** Rules about how an answer will sound when spoken (A1 length, M4 rambling). */
export type DeliveryRule = "too-long" | "too-short" | "filler-words" | "long-sentences";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Counts spoken words. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Seconds to say `words` at 150 (min) and 130 (max) words a minute, rounded. */
export function spokenSeconds(words: number): { min: number; max: number } {
  return { min: Math.round((words / 150) * 60), max: Math.round((words / 130) * 60) };
}

// M4: the signs of an answer invented on the spot.
const FILLERS: ReadonlyArray<readonly [string, RegExp]> = [
  ["um", /\b(?:um+|umm+|erm+|uh+|uhm+|er|ah+|hmm+)\b/gi],
  ["like", /(?:,\s*like\b|\blike,)/gi],
  [
    "you know",
    /(?<!\b(?:if|do|did|would|might|as|you|to|and) )\byou know\b(?! (?:anyone|someone|anybody|somebody|of|him|her|them|the|a|an|that|how|what|where|who|if|whether|about|people|my|your|this|these))/gi,
  ],
  ["basically", /\bbasically\b/gi],
  ["sort of", /(?<!\b(?:the|this|that|what|which|a|any|some|every|one|same|no) )\bsort of\b/gi],
  ["kind of", /(?<!\b(?:the|this|that|what|which|a|any|some|every|one|same|no) )\bkind of\b/gi],
  ["literally", /\bliterally\b/gi],
  ["i mean", /(?:^|[,.;]\s*)i mean\b/gi],
  ["and stuff", /\b(?:and stuff|or whatever|and so on and so forth|and all that)\b/gi],
];

const LONG_SENTENCE_WORDS = 40;

/** Length, filler-word and sentence-length findings for an answer. */
export function deliveryFindings(
  text: string,
  sentences: readonly Sentence[],
  target: { min: number; max: number },
): Finding<DeliveryRule>[] {
  const findings: Finding<DeliveryRule>[] = [];
  const words = countWords(text);
  const seconds = spokenSeconds(words);
  const about = seconds.min === seconds.max ? `${seconds.min}` : `${seconds.min}–${seconds.max}`;
  if (seconds.min > target.max) {
    findings.push({
      rule: "too-long",
      message: `About ${about} seconds spoken, over the ${target.max}-second target: cut to the essentials.`,
      suggestion: `Aim for at most ${Math.floor((target.max / 60) * 150)} words.`,
    });
  } else if (seconds.max < target.min) {
    findings.push({
      rule: "too-short",
      message: `About ${about} seconds spoken, under the ${target.min}-second target: add the missing detail.`,
      suggestion: `Aim for at least ${Math.ceil((target.min / 60) * 130)} words.`,
    });
  }
  const counts = FILLERS.map(([name, re]) => [name, text.match(re)?.length ?? 0] as const).filter(
    ([, n]) => n > 0,
  );
  const fillers = counts.reduce((sum, [, n]) => sum + n, 0);
  if (fillers >= 5 || (fillers >= 2 && (fillers / Math.max(words, 1)) * 100 >= 1)) {
    const list = counts.map(([name, n]) => `"${name}" ×${n}`).join(", ");
    findings.push({
      rule: "filler-words",
      message: `${fillers} filler words (${list}): a sign of improvising (M4); rehearse until they drop out.`,
      suggestion: "Write the answer out, read it aloud, and replace each filler with a pause.",
    });
  }
  const long = sentences.filter((s) => countWords(s.a.text) > LONG_SENTENCE_WORDS);
  if (long.length > 0) {
    const first = long[0]!.a.text.split(/\s+/).slice(0, 8).join(" ");
    findings.push({
      rule: "long-sentences",
      message: `${long.length} sentence${long.length > 1 ? "s run" : " runs"} past ${LONG_SENTENCE_WORDS} words: a sign of rambling (M4).`,
      suggestion: `Split the sentence starting "${first}…" into two or three.`,
    });
  }
  return findings;
}
