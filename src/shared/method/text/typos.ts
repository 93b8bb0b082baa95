import { lexiconTags } from "./lemma.ts";

// Robustness: people type their questions fast ("opportunites", "faciing", "recuiting").
// Words the rules hinge on are restored when a token is one edit away from them (insert,
// delete, substitute or swap two neighbours) and is not itself a known English word. The
// list is the rules' key vocabulary (M7, M8, M10, M11), with inflections, so a correct
// word is never "fixed" into a neighbour.
const KEY_WORDS = [
  "opportunity",
  "opportunities",
  "position",
  "positions",
  "vacancy",
  "vacancies",
  "opening",
  "openings",
  "internship",
  "internships",
  "recruiting",
  "recruitment",
  "recruiter",
  "recruiters",
  "hiring",
  "candidate",
  "candidates",
  "applicant",
  "applicants",
  "application",
  "applications",
  "interview",
  "interviews",
  "qualities",
  "resume",
  "industry",
  "industries",
  "challenge",
  "challenges",
  "competitor",
  "competitors",
  "competition",
  "differentiate",
  "different",
  "difference",
  "obstacle",
  "obstacles",
  "barrier",
  "barriers",
  "priority",
  "priorities",
  "objective",
  "objectives",
  "strategy",
  "introduce",
  "introduction",
  "introductions",
  "organization",
  "organizations",
  "company",
  "companies",
  "department",
  "division",
  "headquarters",
  "founded",
  "employees",
  "mission",
  "facing",
  "sector",
  "profession",
  "changed",
  "changing",
  "attracted",
  "interested",
  "business",
  "currently",
  "anyone",
  "someone",
  "recommend",
  "suggest",
  "connect",
  "network",
  "targets",
  "biggest",
  "achieve",
  "growing",
  "expanding",
  "looking",
  "available",
  "considered",
  "customers",
  "clients",
];

const KEYS_BY_LENGTH = new Map<number, string[]>();
for (const w of KEY_WORDS) {
  const list = KEYS_BY_LENGTH.get(w.length) ?? [];
  list.push(w);
  KEYS_BY_LENGTH.set(w.length, list);
}
const KEY_SET = new Set(KEY_WORDS);

/** True when a and b differ by one insertion, deletion, substitution or adjacent swap. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

const cache = new Map<string, string>();

/** The key word a lower-case token is a likely typo of, or the token unchanged. */
export function correctTypo(word: string): string {
  if (word.length < 6 || KEY_SET.has(word) || !/^[a-z]+$/.test(word)) return word;
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let fixed = word;
  // An inflection of a key word ("connects", "targeted") is a real word, not a typo.
  const inflected = [/s$/, /es$/, /d$/, /ed$/, /ing$/].some((ending) =>
    KEY_SET.has(word.replace(ending, "")),
  );
  if (!inflected && lexiconTags(word).length === 0) {
    for (const len of [word.length - 1, word.length, word.length + 1]) {
      // A letter before a whole key word makes another word ("emission"), rarely a typo.
      const match = KEYS_BY_LENGTH.get(len)?.find(
        (k) => oneEditApart(word, k) && word.slice(1) !== k,
      );
      if (match) {
        fixed = match;
        break;
      }
    }
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(word, fixed);
  return fixed;
}
