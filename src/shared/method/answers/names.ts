import type { Token } from "../text/analyze.ts";
import { lexiconTags } from "../text/lemma.ts";
import type { Sentence } from "./sentences.ts";

/** A run of capitalised words: a name of a person, an organization or a place. */
export type Name = {
  from: number;
  to: number;
  text: string;
  kind: "person" | "organization" | "place";
};

const HONORIFIC = /^(?:dr|mr|mrs|ms|mx|prof|professor|sir|dame|judge|justice|rev)$/;
const ORG_WORD =
  /^(?:inc|ltd|llc|llp|corp|corporation|co|company|group|bank|board|secretariat|agency|ministry|department|university|college|institute|school|hospital|clinic|foundation|association|society|council|authority|commission|services|partners|capital|holdings|labs?|technologies|systems|solutions|consulting|energy|health|electric|financial|insurance|media|studio|studios|trust|fund|network|canada|international|global|centre|center|office|club|union|city|region|government|statistics|treasury|trade|works|industries|motors|airlines|pharma|logistics|foods|brands|ventures|mcdonald|niagara|power|water|gas|oil|mining|metals|steel|airways|rail|transit|telecom|communications|software|analytics|bio|therapeutics|pharmaceuticals|medical|dental|legal|law|realty|properties|construction|engineering|design|digital|marketing|press|publishing|records|entertainment|games|studio|cooperative|credit|mutual|life|assurance)$/;
const NAME_LINKS = new Set([
  "&",
  "of",
  "de",
  "du",
  "la",
  "le",
  "van",
  "von",
  "and",
  "da",
  "di",
  "for",
]);
const PERSON_NEXT = /^(?:who|whose|she|he)$/;
const PERSON_BEFORE =
  /^(?:friend|colleague|manager|boss|mentor|contact|cousin|sister|brother|neighbour|neighbor|classmate|former|professor|coach|partner|director|founder|ceo|lead|head|recruiter|dr|mr|mrs|ms|named|meet|uncle|aunt)$/;
const NOT_NAMES = new Set([
  "i",
  "i'm",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "english",
  "french",
  "spanish",
  "mba",
  "phd",
  "ceo",
  // Everyday acronyms are not organizations (A6): "advice on my CV".
  "cv",
  "resume",
  "hr",
  "it",
  "ux",
  "ui",
  "ai",
  "kpi",
  "okr",
  "cfo",
  "cto",
  "coo",
  "vp",
  "pr",
  "qa",
  "sql",
  "linkedin",
]);

function isPlace(t: Token): boolean {
  return lexiconTags(t.norm).some((tag) =>
    /^(?:City|Country|Region|Place|Province|State|Town)$/.test(tag),
  );
}

function isFirstName(t: Token): boolean {
  return lexiconTags(t.norm).some((tag) => /Name$/.test(tag) && tag !== "LastName");
}

function isCommonWord(t: Token): boolean {
  const tags = lexiconTags(t.norm);
  return (
    tags.length > 0 &&
    !tags.some((tag) => /Name|Place|City|Country|Region|Organization|ProperNoun/.test(tag))
  );
}

/**
 * Finds names by capitalisation, then tells people from organizations with honorifics,
 * known first names and the words around them (A6: named organizations and individuals).
 */
export function namesIn(s: Sentence): Name[] {
  const tokens = s.a.tokens;
  const names: Name[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    const startsName =
      t.cap && /^\p{L}/u.test(t.norm) && !NOT_NAMES.has(t.norm) && !HONORIFIC.test(t.norm);
    if (!startsName) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      const after = tokens[j + 2];
      // "Mostly I'd…": the pronoun "I" never continues a name.
      if (next.cap && /^\p{L}/u.test(next.norm) && !NOT_NAMES.has(next.norm) && next.norm !== "i")
        j++;
      // "Jae-won Lim", "Hewlett-packard": a hyphenated tail belongs to the capitalised head.
      else if (/^\p{L}/u.test(next.norm) && s.a.text[next.start - 1] === "-" && tokens[j]!.cap) j++;
      else if (NAME_LINKS.has(next.norm) && after?.cap && !NOT_NAMES.has(after.norm)) j += 2;
      else break;
    }
    // A capitalised common word opening a sentence ("Above all", "Most days") is no name,
    // nor is an opening adverb set off by a comma ("Honestly, …", "Ideally, …").
    const openingAdverb = /ly$/.test(t.norm) && /^(?:,|i)$/.test(tokens[1]?.norm ?? "");
    if (i === 0 && j === 0 && (isCommonWord(t) || openingAdverb)) {
      i = j + 1;
      continue;
    }
    const span = tokens.slice(i, j + 1);
    const first =
      i === 0 && span.length > 1 && isCommonWord(t) && !ORG_WORD.test(tokens[1]?.norm ?? "")
        ? 1
        : 0;
    names.push(classify(s, i + first, j));
    i = j + 1;
  }
  return listsAgree(tokens, names);
}

// "MNP, Grant Thornton or BDO": names listed together are the same kind (A6), so a firm
// named after people is not taken for a person when its neighbours are organizations.
function listsAgree(tokens: readonly Token[], names: Name[]): Name[] {
  const joined = (a: Name, b: Name) => {
    const between = tokens.slice(a.to + 1, b.from).map((t) => t.norm);
    return between.length >= 1 && between.every((w) => w === "," || w === "or" || w === "and");
  };
  return names.map((n, k) => {
    if (n.kind !== "person" || HONORIFIC.test(tokens[n.from - 1]?.norm ?? "")) return n;
    const before = names[k - 1];
    const after = names[k + 1];
    const orgBefore = before?.kind === "organization" && joined(before, n);
    const orgAfter = after?.kind === "organization" && joined(n, after);
    // "Shoppers Drug Mart, Rexall, …": at the head of a list, one organization beside it
    // suffices unless a first name says otherwise.
    const listed =
      (orgBefore && orgAfter) || ((orgBefore || orgAfter) && !isFirstName(tokens[n.from]!));
    return listed ? { ...n, kind: "organization" } : n;
  });
}

function classify(s: Sentence, from: number, to: number): Name {
  const tokens = s.a.tokens;
  const span = tokens.slice(from, to + 1);
  const text = s.a.text.slice(span[0]!.start, span[span.length - 1]!.end);
  const previous = tokens[from - 1]?.norm ?? "";
  // "Dr. Hannah Cho": look past the abbreviation's full stop.
  const before = previous === "." ? (tokens[from - 2]?.norm ?? "") : previous;
  const next = tokens[to + 1]?.norm ?? "";
  const afterComma = next === "," ? (tokens[to + 2]?.norm ?? "") : "";
  if (span.every(isPlace) && !span.some((t) => ORG_WORD.test(t.norm))) {
    return { from, to, text, kind: "place" };
  }
  // "at a conference in Hobart": one unknown word after "in" is a place, not an employer.
  // "interested in Sanofi", "a role in Deloitte" still name an organization.
  if (
    before === "in" &&
    !/^(?:interested|interest|involved|working|work|job|jobs|role|roles|position|positions|career|internship|invest|invested|investing|stake|shares)$/.test(
      tokens[from - 2]?.norm ?? "",
    ) &&
    span.length === 1 &&
    !ORG_WORD.test(span[0]!.norm) &&
    !NAME_LINKS.has(span[0]!.norm)
  )
    return { from, to, text, kind: "place" };
  let person = 0;
  let org = 0;
  if (HONORIFIC.test(before) || HONORIFIC.test(span[0]!.norm)) person += 3;
  if (isFirstName(span[0]!)) person += 2;
  if (span.length === 2 || span.length === 3) person += 1;
  if (PERSON_NEXT.test(next) || PERSON_NEXT.test(afterComma)) person += 2;
  if (/^(?:the|a|an)$/.test(afterComma)) person += 1;
  // "Anika, your former manager, …": an apposition that names a person's relation.
  if (
    /^(?:your|my|his|her|their|our)$/.test(afterComma) &&
    tokens.slice(to + 3, to + 6).some((t) => PERSON_BEFORE.test(t.norm) || t.norm === "supervisor")
  )
    person += 4;
  // "Lars Jensen at Ørsted": a person at an organization.
  if (/^(?:at|from)$/.test(next) && span.length > 1) person += 2;
  if (PERSON_BEFORE.test(before)) person += 2;
  const orgWord = span.some((t) => ORG_WORD.test(t.norm) || NAME_LINKS.has(t.norm));
  if (orgWord) org += 3;
  // "Ubisoft Montreal", "EA Vancouver": an organization's site, not a first and last name.
  if (span.length > 1 && isPlace(span[span.length - 1]!) && !isFirstName(span[0]!)) org += 3;
  // Two or three unknown capitalised words, none of them a common word: a full name.
  if (span.length >= 2 && span.length <= 3 && !orgWord && !span.some(isCommonWord)) person += 1;
  // "connect me with …", "put me in touch with …": anyone, person or organization.
  const beforeBefore = tokens[from - 2]?.norm ?? "";
  const contactWith = before === "with" && /^(?:me|us|touch)$/.test(beforeBefore);
  if (
    !contactWith &&
    /^(?:at|with|for|from|join|joining|joined|like|including|the|or|and)$/.test(before)
  )
    org += 2;
  if (span.length === 1) org += 1;
  return { from, to, text, kind: person > org ? "person" : "organization" };
}
