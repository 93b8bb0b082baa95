import { type Analyzed, analyze, has, words } from "../text/analyze.ts";
import { asksNamedCatalogue } from "./catalogue-rule.ts";
import { TOPICS, type WebsiteTopic } from "./website-topics.ts";

export type { WebsiteTopic };

// Questions that ask for meaning, experience or opinion are not fact look-ups, even when
// they mention a published fact ("How does the mission statement show up day to day?").
export const DEEPER = words(
  "why|how (?:do|does|did|has|have|is|are|will|would|could|can) ~6(?:change|changed|changing|affect|affected|shape|shaped|show|shows|evolve|evolved|influence|influenced|impact|impacted|work|works|play|plays|feel|felt|translate|translates|compare|differ|balance|manage|handle|decide|use|fit)|you think|your (?:view|opinion|take|experience|perspective)|(?:appeal|appealed|appeals|attract|attracted|drew|drawn) (?:to )?you|in practice|day to day|daily|challenges?|obstacles?|mean to you|matter to you|like about|surprise|surprised|hardest|advice|recommend|suggest|differ|different|apart|compete|competitors?|since you|when you joined|your time|(?:i|me) (?:should|could|might|ought)|should i|introduce|connect|speak|talk|meet|reach out|wish|would you like|you would like|you hope|others|other [a-z]+ do not|head ?count plans?|(?:that|which) (?:the )?~5(?:do not|does not|is not|are not|can not|cannot|will not|would not|did not)|elsewhere|instead|rather than|better than",
);

// The size or caseload of the contact's own team is theirs to tell, not the website's:
// "your team", and "the team" or "the ward" asked of someone who works in it.
export const OWN_TEAM = words(
  "your ~1(?:team|department|group|unit|division|squad|desk|lab|practice)|(?:the|this) ~1(?:team|department|unit|squad|desk|ward|shift|crew)(?! (?:of|at|in) )|you (?:manage|lead|supervise)|report to you",
);

// Where a second question starts inside one sentence: ", and when was it founded?",
// "…? And who runs it?". Each clause is judged on its own (M7), so an opinion asked in one
// clause does not excuse a look-up asked in the other.
const CLAUSE_BREAK =
  /(?:[,;]\s*(?:and|but|plus|also)?|[?]\s*(?:and|but|plus|also)?|\s[-–—]+\s*(?:and)?)\s+(?=(?:what|when|where|which|who|whom|how|is|are|was|were|does|do|did|has|have)\b)/i;

/** The question's clauses, each read as a question of its own ("What does the plant make?"). */
export function clauses(a: Analyzed): Analyzed[] {
  const parts = a.text.split(CLAUSE_BREAK).filter((part) => part.trim().length > 0);
  if (parts.length < 2) return [a];
  return parts.map((part) => analyze(/[?.!]\s*$/.test(part) ? part : `${part.trimEnd()}?`));
}

function clauseTopic(a: Analyzed): WebsiteTopic | null {
  if (has(a, DEEPER)) return null;
  for (const [topic, pattern] of TOPICS) {
    if (!has(a, pattern)) continue;
    if (topic === "size" && has(a, OWN_TEAM)) continue;
    return topic;
  }
  return asksNamedCatalogue(a) ? "offerings" : null;
}

/** M7: the published-fact topic a question asks about, or null when it asks for more. */
export function websiteTopic(a: Analyzed): WebsiteTopic | null {
  for (const clause of clauses(a)) {
    const topic = clauseTopic(clause);
    if (topic) return topic;
  }
  return null;
}
