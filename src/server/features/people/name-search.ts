import { and, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { people, peopleSearch } from "../../db/schema/index.ts";
import { queryRows } from "../../db/sql.ts";
import {
  estimatedMatches,
  FEW_ESTIMATED_MATCHES,
  FEW_MATCHES,
  inSearchCopy,
  matchingWords,
} from "./search-copy.ts";

/** A row's id and sort key (here the name; the cursor lower-cases it). */
type NameKey = { id: string; key: string };

/**
 * Entries of the name index a search reads before it stops hoping to fill a page there:
 * ~1–1.4 µs each on PGlite (the search text is in the index), so ~5 ms at most. Words
 * spread evenly through the names fill a page of 50 within this many as soon as they match
 * one person in 80; rarer ones are collected from the trigram index instead (collectMatches).
 */
export const NAME_WALK = 4000;

/**
 * The first `take` people in name order whose search text matches, looking at no more than
 * NAME_WALK people of the scope (in name order, from the cursor). Null when the walk did
 * not fill the page: the rest may lie anywhere further on.
 *
 * `scope`: the workspace, deletion and cursor conditions (columns of the name index);
 * `matching`: conditions on the walked rows' `search_text`.
 */
export async function walkNames(
  db: Db,
  scope: SQL[],
  matching: (searchText: SQLWrapper) => SQL[],
  take: number,
): Promise<NameKey[] | null> {
  const rows = await queryRows<NameKey>(
    db,
    // The walk hands on lower(name) so that its order is visibly the page's order, and the
    // page stops the walk as soon as it is full (no sort of all NAME_WALK rows).
    sql`select id, key from (
          select ${people.id} as id, ${people.name} as key, lower(${people.name}) as sort_key,
            ${people.searchText} as search_text
          from ${people} where ${and(...scope)}
          order by lower(${people.name}), ${people.id} limit ${NAME_WALK}) walked
        where ${and(...matching(sql`search_text`))}
        order by sort_key, id limit ${take}`,
  );
  return rows.length >= take ? rows : null;
}

/**
 * The first `take` matches in name order, collected from the search copy's trigram index and
 * sorted: for words that match few people, or many that sort together. With `cap`, null when
 * more than `cap` people match (the caller then walks the name index). The copy has no index
 * in name order, so the planner cannot turn this into a walk; a MATERIALIZED list of the
 * matches, sorted after, cost ~1.3 ms more for a first name's 2,000 (PGlite, 100k people).
 */
export async function collectMatches(
  db: Db,
  where: SQL,
  take: number,
  cap?: number,
): Promise<NameKey[] | null> {
  const matches = sql`select ${peopleSearch.personId} as id, ${peopleSearch.name} as key,
    ${peopleSearch.sortKey} as sort_key from ${peopleSearch} where ${where}`;
  if (cap === undefined) {
    return queryRows<NameKey>(db, sql`${matches} order by sort_key, id limit ${take}`);
  }
  const rows = await queryRows<NameKey & { total: number }>(
    db,
    sql`select id, key, count(*) over ()::int as total
        from (${matches} limit ${cap + 1}) m order by sort_key, id limit ${take}`,
  );
  if (rows.length > 0 && rows[0]!.total > cap) return null;
  return rows.map(({ id, key }) => ({ id, key }));
}

/**
 * A page of a search in name order on words alone. The planner assumes that matches are
 * spread evenly through the names and walks the name index until the page is full; for a
 * first name, whose people all sort together, that walk read up to 90,000 entries (~100 ms at
 * 100k people on PGlite). So: several words are collected from the search copy while they
 * match at most FEW_MATCHES people; one word the planner expects to match few people is
 * collected straight away; otherwise the name index is read for NAME_WALK entries at most,
 * and if the page is not full by then the matches are collected.
 *
 * `scope`: the workspace, deletion and cursor conditions on `people` (for the walk);
 * `after`: the cursor (lower-cased name, id).
 */
export async function searchByName(
  db: Db,
  search: { ws: string; words: string[]; scope: SQL[]; after: Array<string | null> | null },
  take: number,
): Promise<NameKey[]> {
  const { ws, words, scope, after } = search;
  const copy = and(
    ...inSearchCopy(ws, words),
    after
      ? sql`(${peopleSearch.sortKey}, ${peopleSearch.personId}) > (${after[0]}::text, ${after[1]}::uuid)`
      : undefined,
  )!;
  const collected =
    words.length > 1
      ? await collectMatches(db, copy, take, FEW_MATCHES)
      : (await estimatedMatches(db, copy)) <= FEW_ESTIMATED_MATCHES
        ? await collectMatches(db, copy, take)
        : null;
  return (
    collected ??
    (await walkNames(db, scope, matchingWords(words), take)) ??
    (await collectMatches(db, copy, take))!
  );
}
