import type { Analyzed, Token } from "../text/analyze.ts";

/**
 * M7: "Which authors does Penfold Press publish?", "What types of policy does Northbridge
 * Mutual sell?", "Which ports do you sail to?" ask for the organization's published
 * catalogue or reach, with the organization named rather than called "the company". The
 * word-pattern rules in website-rule.ts see only lower-case words, so this reads the tokens:
 * a which/what question, "does/do", a capitalised name (or "you" for the most catalogue-like
 * verbs), a verb whose object is a list the website prints, and the end of the clause.
 */

// Verbs whose "which X" is a list the organization publishes.
const NAMED_VERBS = new Set([
  "publish",
  "sell",
  "stock",
  "carry",
  "insure",
  "underwrite",
  "cover",
  "sail",
  "call",
  "fly",
  "ship",
  "deliver",
  "serve",
  "export",
  "import",
  "distribute",
  "manufacture",
  "make",
  "produce",
  "grow",
  "brew",
  "distill",
  "build",
  "offer",
  "provide",
  "operate",
  "teach",
  "host",
  "stage",
  "print",
  "broadcast",
  "release",
  "represent",
  "lend",
  "fund",
  "supply",
  "breed",
  "mine",
  "list",
  "screen",
  "show",
  "perform",
  "run",
  "design",
  "develop",
  "treat",
]);

// Asked of "you", only verbs that cannot describe the contact's own work read as a catalogue.
const YOU_VERBS = new Set([
  "publish",
  "sell",
  "stock",
  "insure",
  "underwrite",
  "export",
  "import",
  "distribute",
  "manufacture",
  "brew",
  "distill",
  "print",
  "broadcast",
  "sail",
  "fly",
  "ship",
  "breed",
  "lend",
  "screen",
]);

// The thing asked about is the contact's view, the organization's people or a job, not a
// catalogue ("Which skills does Acme value?", "What training does Acme offer?").
const NOT_CATALOGUE =
  /^(?:challenges?|skills?|qualit(?:y|ies)|traits?|values?|trends?|problems?|risks?|goals?|priorities|changes?|lessons?|advice|mistakes?|training|mentoring|mentorship|coaching|support|benefits?|perks?|opportunit(?:y|ies)|roles?|jobs?|positions?|openings?|vacanc(?:y|ies)|internships?|placements?|graduates?|people|staff|candidates?|applicants?|interns?|hires?|progression|development|flexibility|hours|shifts?|salar(?:y|ies)|pay|wages?)$/;

// The object is people the organization takes on or offers something to.
const TO_PEOPLE =
  /^(?:someone|somebody|people|staff|employees|graduates?|newcomers?|juniors?|interns?|trainees?|me|us|new|starters?|joiners?|apprentices?)$/;

const QUESTION_WORD = /^(?:which|what)$/;
const AUX = /^(?:does|do|did)$/;
const END = /^(?:[?.!,;]|and|or|but)$/;
const PARTICLE = /^(?:to|in|into|for|on|from|at|under|out|across|through|around)$/;

// Every word of the name is capitalised ("Northbridge Mutual"); "I" is the speaker.
function isName(t: Token | undefined): boolean {
  return Boolean(t?.cap) && t!.norm !== "i" && /^[a-z&]+$/.test(t!.norm);
}

/** True when the clause asks which items a named organization (or "you") publishes, sells… */
export function asksNamedCatalogue(a: Analyzed): boolean {
  const ts = a.tokens;
  for (let i = 1; i < ts.length; i++) {
    if (!AUX.test(ts[i]!.norm)) continue;
    // A which/what phrase of at most four words before the auxiliary.
    let q = -1;
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      if (QUESTION_WORD.test(ts[j]!.norm)) {
        q = j;
        break;
      }
    }
    if (q < 0) continue;
    if (ts.slice(q + 1, i).some((t) => NOT_CATALOGUE.test(t.norm))) continue;
    // The subject: a capitalised name, optionally after "the", or "you".
    let k = i + 1;
    let you = false;
    if (ts[k]?.norm === "you") {
      you = true;
      k++;
    } else {
      if (ts[k]?.norm === "the" && ts[k + 1]?.cap) k++;
      const start = k;
      while (k - start < 4 && isName(ts[k])) k++;
      if (k === start) continue;
    }
    const verb = ts[k];
    if (!verb || !(you ? YOU_VERBS : NAMED_VERBS).has(verb.lemma)) continue;
    if (verb.lemma === "make" && ts[k + 1]?.norm === "of") continue;
    // Then the end of the clause, after at most four more words that name no people.
    let e = k + 1;
    if (ts[e] && PARTICLE.test(ts[e]!.norm)) e++;
    const rest: Token[] = [];
    while (e < ts.length && !END.test(ts[e]!.norm) && rest.length <= 4) rest.push(ts[e++]!);
    if (rest.length > 4) continue;
    if (rest.some((t) => TO_PEOPLE.test(t.norm) || t.norm === "you" || t.norm === "your")) continue;
    return true;
  }
  return false;
}
