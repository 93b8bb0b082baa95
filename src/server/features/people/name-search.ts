import { and, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { people } from "../../db/schema/index.ts";
import { queryRows } from "../../db/sql.ts";

/** A row's id and sort key (here the name; the cursor lower-cases it). */
type NameKey = { id: string; key: string };

/** Above this many matches, walking the sort order's index finds a page sooner. */
export const FEW_MATCHES = 1000;

/**
 * Whether the trigram index can narrow a search for this word: pg_trgm finds no trigram in
 * a LIKE pattern without three letters or digits in a row ("yu", "o'n"), and the index
 * would then be read whole. Such words are left to the planner.
 */
export const trigramIndexable = (word: string) => /[\p{L}\p{N}]{3}/u.test(word);

/**
 * Entries of the name index a search reads before it stops hoping to fill a page there:
 * ~1–1.4 µs each on PGlite (the search text is in the index), so ~5 ms at most. Words
 * spread evenly through the names fill a page of 50 within this many as soon as they match
 * one person in 80; rarer ones are collected from the trigram index instead (allMatches).
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

/** The planner's estimate of the people `where` matches: a plan, nothing read (~1 ms). */
export async function estimatedMatches(db: Db, where: SQL): Promise<number> {
  const [row] = await queryRows<{ "QUERY PLAN": unknown }>(
    db,
    sql`explain (format json) select 1 from ${people} where ${where}`,
  );
  const plan = row?.["QUERY PLAN"];
  const parsed = (typeof plan === "string" ? JSON.parse(plan) : plan) as
    | Array<{ Plan?: { "Plan Rows"?: number } }>
    | undefined;
  return parsed?.[0]?.Plan?.["Plan Rows"] ?? Number.POSITIVE_INFINITY;
}

/**
 * Every match, collected from the trigram index, then sorted by name: for words that match
 * few people, or many that sort together. MATERIALIZED keeps the planner from walking the
 * name index instead (the choice walkNames has just found wanting).
 */
export async function allMatches(db: Db, where: SQL, take: number): Promise<NameKey[]> {
  return queryRows<NameKey>(
    db,
    sql`with matches as materialized (
          select ${people.id} as id, ${people.name} as key from ${people} where ${where})
        select id, key from matches order by lower(key), id limit ${take}`,
  );
}

/**
 * A page of a search in name order on words alone. The planner assumes that matches are
 * spread evenly through the names and walks the name index until the page is full; for a
 * first name, whose people all sort together, that walk read up to 90,000 entries (~100 ms at
 * 100k people on PGlite). So: one word the planner expects to match few people is collected
 * from the trigram index and sorted; otherwise the name index is read for NAME_WALK entries
 * at most, and if the page is not full by then the matches are collected as for few.
 * (Several words have already been through fewMatches.)
 */
export async function searchByName(
  db: Db,
  search: { scope: SQL[]; matching: (searchText: SQLWrapper) => SQL[]; words: number },
  take: number,
): Promise<NameKey[]> {
  const where = and(...search.scope, ...search.matching(people.searchText))!;
  const few = search.words === 1 && (await estimatedMatches(db, where)) <= FEW_MATCHES;
  return (
    (few ? null : await walkNames(db, search.scope, search.matching, take)) ??
    allMatches(db, where, take)
  );
}
