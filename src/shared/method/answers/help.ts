import { find, has, type Span, words } from "../text/analyze.ts";
import { type Name, namesIn } from "./names.ts";
import type { Hit, Sentence } from "./sentences.ts";

// A6: the speaker asks to be connected with, introduced to or to learn about someone.
// "If you have a view on that" asks for advice, not for anyone, so it is no request.
const REQUEST = words(
  "(?:any|an) in (?:with|at)|(?:most |really |mainly )?focused on|my focus is|(?:that|it) would be (?:choice|sweet|mint|ace|grand|class|magic|brilliant)|introduc[a-z]*|intros?|connect|connected|connecting|connection|connections|in touch|meet|meeting|talk (?:to|with)|speak (?:to|with)|chat with|coffee with|contact|contacts|reach out|reach|get in (?:with|to|at)|get my foot|learn (?:more )?about|hear from|know (?:anyone|anybody|someone|somebody|people|a few people)|(?:would|could) be (?:ideal|great|amazing|huge|helpful|fantastic|wonderful|perfect|a dream)|that would be|would love|would appreciate|would be grateful|grateful|targeting|interested in|top of my list|on my list|dream (?:company|employer|organization|firm)|targets?|top (?:choices|picks)|wish ?list|shortlist|i (?:would|am hoping|hope) (?:love|like|to)|i (?:am )?(?:really |very much |so |still )?(?:hoping|hope) to|i would (?:really |so )?(?:love|like) to|if you (?:know|have|could|happen)(?! (?:a|any|some) (?:view|views|opinion|opinions|thoughts|advice|feedback|tips|time))|any (?:connection|contacts?|links?|ties)|huge for me|mean a lot|put in a word|name drop|point me|if you are (?:comfortable|willing|open to it|able|happy)|if you do not mind",
);
const PAST_ONLY = words(
  "i (?:spent|worked|was|were|have worked|had worked|used to|left|joined|have been|had been|retired|quit)|(?:do|did) not need|i am (?:currently |now |still )?(?:at|with) [a-z]+ ~2(?:at the moment|currently|now|right now|still)|i am (?:fine|covered|ok|okay|set) for|i am (?:already )?(?:a|an) (?:member|fellow|client|customer|subscriber|supporter|donor) (?:of|at|with)|(?:who|he|she|they) (?:used to|once|previously) ~1(?:work|worked|was|were)",
);
// A6 individuals may also be a specific role: "the head of procurement at Metrolinx".
const ROLE_PERSON = words(
  "(?:the|a|an|your|their|its) ~3(?:head|director|vp|vice president|manager|lead|leader|chief [a-z]+|ceo|cfo|cto|coo|partner|founder|recruiter|hiring manager|principal|superintendent|chair|editor|producer|curator|dean|controller|treasurer|superintendent|owner) (?:of|in|at|who|on|for|running|leading|responsible)",
);
const CONTACT_VERB = words(
  "introduc[a-z]*|connect|meet|talk|speak|chat|coffee|contact|reach|in touch",
);

const WISH = words("would|could|love|hope|if you");
// Words that point back to names said before: "either of them", "her".
const POINTS_BACK = words("those|these|them|either|any of|one of|there|both|her|him|he|she");
const ANNOUNCES_PEOPLE = words(
  "(?:two|three|four|a few|a couple of|some|several|a handful of) (?:people|names|individuals|contacts|folks|persons)",
);

// The names of each sentence, read once per answer (by sentence index).
type NamesBySentence = readonly (readonly Name[])[];

function requestContext(
  sentences: readonly Sentence[],
  s: Sentence,
  names: NamesBySentence,
): boolean {
  if (listedAfterRequest(sentences, s) || aboutRequestedOrganization(sentences, s, names))
    return true;
  if (has(s.a, REQUEST))
    // "someone like me" is no wish: only a modal or a hope overrides a past-only sentence.
    return !has(s.a, PAST_ONLY) || has(s.a, WISH);
  // "…any contacts at the big game studios. Ubisoft Montreal, EA Vancouver, that kind of
  // place.": a short list of names right after a request spells the request out.
  const previous = sentences[s.index - 1];
  if (
    previous !== undefined &&
    has(previous.a, REQUEST) &&
    !has(previous.a, PAST_ONLY) &&
    s.a.tokens[0]?.cap === true &&
    // "There are two people I'd love to speak to. Dr. Miriam Okonkwo — …": announced
    // people carry the request into a longer sentence too.
    (s.a.tokens.length <= 15 || has(previous.a, ANNOUNCES_PEOPLE))
  )
    return true;
  // "Modern Niagara or Black & McDonald would be ideal. If you've got any connection…"
  // "…a pronoun carries the name into a request one or two sentences on ("Nationwide and
  // Cardinal Health. They're both in Columbus. If you have any connection to either of them…").
  if (has(s.a, PAST_ONLY)) return false;
  return sentences
    .slice(s.index + 1, s.index + 3)
    .some((next) => has(next.a, REQUEST) && has(next.a, POINTS_BACK));
}

// "I'd like to connect with … Imperial College and Cambridge. At Imperial, Dr. James Holt
// runs the licensing team": a sentence about an organization already asked for goes on
// with the request (A6).
function aboutRequestedOrganization(
  sentences: readonly Sentence[],
  s: Sentence,
  names: NamesBySentence,
): boolean {
  if (has(s.a, PAST_ONLY)) return false;
  const here = new Set(names[s.index]!.map((n) => n.text.toLowerCase()));
  if (here.size === 0) return false;
  return sentences
    .slice(0, s.index)
    .some(
      (p) =>
        has(p.a, REQUEST) &&
        !has(p.a, PAST_ONLY) &&
        names[p.index]!.some(
          (n) =>
            n.kind === "organization" &&
            [...here].some(
              (h) => h === n.text.toLowerCase() || n.text.toLowerCase().startsWith(`${h} `),
            ),
        ),
    );
}

// "the companies on my list are Siemens Energy, Vestas…", "the big builders — Fletcher,
// Naylor Love, Leighs": names listed after a plural of organizations are organizations.
const ORG_LIST = words(
  "(?:the|these|those|my|some|a few|two|three|four|five) (?:[a-z]+ )?(?:companies|firms|organizations|employers|agencies|studios|banks|builders|brands|groups|hospitals|schools|charities|labs|publishers|retailers|insurers|consultancies|practices|contractors|manufacturers) ~4(?:are|include|including|like|such as|-|:|,)",
);

function namedOf(
  sentences: readonly Sentence[],
  names: NamesBySentence,
  requested: readonly boolean[],
  kind: "person" | "organization",
): Hit | null {
  for (const s of sentences) {
    if (!requested[s.index]) continue;
    const listed = has(s.a, ORG_LIST);
    const name = names[s.index]!.map((n) =>
      listed && n.kind === "person" ? { ...n, kind: "organization" as const } : n,
    ).find((n) => n.kind === kind);
    if (name) return { sentence: s, span: { from: name.from, to: name.to } satisfies Span };
  }
  return null;
}

// "Three introductions, if you're willing. First, … Third, their director of planning":
// an enumerated item carries the request that opened the list (A6).
const LIST_ITEM =
  /^ (?:first|firstly|second|secondly|third|thirdly|fourth|finally|lastly|next|then|also|and) /;

function listedAfterRequest(sentences: readonly Sentence[], s: Sentence): boolean {
  if (!LIST_ITEM.test(s.a.surface)) return false;
  return sentences
    .slice(Math.max(0, s.index - 3), s.index)
    .some((p) => has(p.a, CONTACT_VERB) && !has(p.a, PAST_ONLY));
}

/** A6 elements found in a "how can I be helpful to you?" answer. */
export function helpElements(sentences: readonly Sentence[]): Record<string, Hit | null> {
  const role = sentences.find(
    (s) =>
      has(s.a, ROLE_PERSON) &&
      (has(s.a, CONTACT_VERB) || listedAfterRequest(sentences, s)) &&
      !has(s.a, PAST_ONLY),
  );
  const roleSpan = role ? find(role.a, ROLE_PERSON) : null;
  // Which sentences carry a request, decided once for both elements.
  const names = sentences.map((s) => namesIn(s));
  const requested = sentences.map((s) => requestContext(sentences, s, names));
  return {
    organizations: namedOf(sentences, names, requested, "organization"),
    individuals:
      namedOf(sentences, names, requested, "person") ??
      (role && roleSpan ? { sentence: role, span: roleSpan } : null),
  };
}
