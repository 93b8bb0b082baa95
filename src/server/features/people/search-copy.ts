import { and, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { people, peopleSearch } from "../../db/schema/index.ts";
import { likeEscape, queryRows, uuidArray } from "../../db/sql.ts";

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

/** The ids of the people of the search copy that `where` matches, or null past `cap`. */
async function fewMatchingIds(db: Db, where: SQL, cap: number): Promise<string[] | null> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select ${peopleSearch.personId} as id from ${peopleSearch} where ${where} limit ${cap + 1}`,
  );
  return rows.length > cap ? null : rows.map((r) => r.id);
}

/**
 * The words as conditions on `people`, for the searches in other orders or with other
 * filters (the planner plans those). Words the copy's index narrows to at most FEW_MATCHES
 * people become a list of those people's ids, and the planner reads them by key and sorts
 * them. Common words, and words without a trigram, are checked on the search text of each
 * person the order's walk reads, which fills a page soon.
 *
 * - One word is judged by the planner's estimate (~1 ms; listing a common word's matches
 *   would read its whole posting list), and its list is `id = any(array(…))`, computed once.
 *   Written as `id in (…)`, the planner assumed the matches spread evenly and walked the
 *   order's index, probing the copy for each person: "dely" (610 matches) in "recently
 *   added" order read 6,600 people, 86 ms at 100k on PGlite, against 13 ms.
 * - Several words are listed from the copy, up to FEW_MATCHES + 1 ids. The planner
 *   multiplies their estimates: words that go together ("data analyst", one title) were
 *   estimated at 314 people for 6,692, which were then all read by key and sorted, 55–80 ms
 *   in time order (11–29 ms now). Words that match many ("product manager") pay ~6 ms for
 *   the list they give up.
 */
export async function matchingPeople(db: Db, ws: string, words: string[]): Promise<SQL[]> {
  if (words.length === 0) return [];
  const onPeople = matchingWords(words)(people.searchText);
  if (!words.some(trigramIndexable)) return onPeople;
  const copy = and(...inSearchCopy(ws, words))!;
  if (words.length > 1) {
    const ids = await fewMatchingIds(db, copy, FEW_MATCHES);
    return ids ? [sql`${people.id} = any(${uuidArray(ids)})`] : onPeople;
  }
  if ((await estimatedMatches(db, copy)) > FEW_MATCHES) return onPeople;
  return [
    sql`${people.id} = any(array(select ${peopleSearch.personId} from ${peopleSearch} where ${copy}))`,
  ];
}
