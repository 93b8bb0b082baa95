import { and, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { people, peopleSearch } from "../../db/schema/index.ts";
import { likeEscape, queryRows } from "../../db/sql.ts";

// The search copy of people (people_search, decision 0016) and what every search asks of it.

/**
 * Above this many matches, walking the order's index (and testing each person read) finds a
 * page sooner than collecting the matches from the search copy and reading them by key
 * (~10–15 µs each from `people` on PGlite when the list is not in name order).
 */
export const FEW_MATCHES = 1000;

/**
 * In name order, one word the planner expects to match at most this many people is
 * collected from the search copy straight away (~3 µs a match on PGlite when it is cached,
 * names and sort keys included). A walk of the name index that fails costs ~5 ms, as much as
 * collecting ~1,700 matches; a first name matches ~2,000 people at 100k, all sorting
 * together, where the walk always fails.
 */
export const FEW_ESTIMATED_MATCHES = 2500;

/** `like` conditions on a search text, one per word: each word anywhere in it. */
export const matchingWords =
  (words: string[]) =>
  (searchText: SQLWrapper): SQL[] =>
    words.map((word) => sql`${searchText} like ${`%${likeEscape(word)}%`}`);

/**
 * Whether the trigram index can narrow a search for this word: pg_trgm finds no trigram in
 * a LIKE pattern without three letters or digits in a row ("yu", "o'n"), and the index
 * would then be read whole. Such words are left to the planner.
 */
export const trigramIndexable = (word: string) => /[\p{L}\p{N}]{3}/u.test(word);

/** Conditions on the search copy: the workspace and every word. */
export const inSearchCopy = (ws: string, words: string[]): SQL[] => [
  sql`${peopleSearch.workspaceId} = ${ws}`,
  ...matchingWords(words)(peopleSearch.searchText),
];

/** The planner's estimate of the rows of the search copy `where` matches: a plan, nothing read (~1 ms). */
export async function estimatedMatches(db: Db, where: SQL): Promise<number> {
  const [row] = await queryRows<{ "QUERY PLAN": unknown }>(
    db,
    sql`explain (format json) select 1 from ${peopleSearch} where ${where}`,
  );
  const plan = row?.["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as
    | Array<{ Plan?: { "Plan Rows"?: number } }>
    | undefined;
  return parsed?.[0]?.Plan?.["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}

/**
 * The words as conditions on `people`, for the searches in other orders or with other
 * filters (the planner plans those). Words the copy's index narrows to at most FEW_MATCHES
 * people (the planner's estimate) are looked up there first: `id = any(array(…))` is
 * computed once, and the planner, which takes such a list for a short one, reads those
 * people by key and sorts them. Written as `id in (…)`, it assumed the matches spread evenly
 * and walked the order's index, probing the copy for each person: "dely" (610 matches) in
 * "recently added" order read 6,600 people, 86 ms at 100k on PGlite, against 13 ms. Common
 * words, and words without a trigram, are checked on the search text of each person the
 * walk reads, which fills a page soon.
 */
export async function matchingPeople(db: Db, ws: string, words: string[]): Promise<SQL[]> {
  if (words.length === 0) return [];
  const onPeople = matchingWords(words)(people.searchText);
  if (!words.some(trigramIndexable)) return onPeople;
  const copy = and(...inSearchCopy(ws, words))!;
  if ((await estimatedMatches(db, copy)) > FEW_MATCHES) return onPeople;
  return [
    sql`${people.id} = any(array(select ${peopleSearch.personId} from ${peopleSearch} where ${copy}))`,
  ];
}
