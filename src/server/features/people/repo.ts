import {
  and,
  eq,
  getTableColumns,
  inArray,
  isNull,
  type SQL,
  type SQLWrapper,
  sql,
} from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, people } from "../../db/schema/index.ts";
import { isoUtc, isoUtcMicros } from "../../db/sql.ts";
import { contactedPage } from "./contacted.ts";
import { searchByName } from "./name-search.ts";
import { matchingPeople, matchingWords, trigramIndexable } from "./search-copy.ts";

export type PersonRow = typeof people.$inferSelect;
export type NewPersonRow = typeof people.$inferInsert;

// A person's own columns without the workspace, the search text and the derived columns
// (shown as lastContactedAt and introducedBy): at 50 people a page, not decoding what no
// caller reads took the page's row fetch from ~2.9 to ~2.2 ms on PGlite (100k people).
const {
  workspaceId: _workspace,
  searchText: _searchText,
  lastContactedAt: _lastContactedAt,
  introducedById: _introducedById,
  introducedByPersonId: _introducedByPersonId,
  ...personFields
} = getTableColumns(people);

/**
 * Columns of a person as the API shows them, with the derived fields. These are kept on the
 * person's row by the database (migration 0013): a page of 50 reads no meeting or
 * introduction pages, which on PGlite's small buffer cache were most of a search's cost.
 */
export const personColumns = {
  person: personFields,
  organizationName: organizations.name,
  lastContactedAt: isoUtc(people.lastContactedAt),
  introducedBy: sql<{ introductionId: string; fromPersonId: string } | null>`case
    when ${people.introducedById} is null then null
    else json_build_object('introductionId', ${people.introducedById}, 'fromPersonId', ${people.introducedByPersonId}) end`,
};

export type PersonRecord = {
  person: Omit<PersonRow, "workspaceId" | "searchText">;
  organizationName: string | null;
  lastContactedAt: string | null;
  introducedBy: { introductionId: string; fromPersonId: string } | null;
};

function selectPeople(db: Db) {
  return db
    .select(personColumns)
    .from(people)
    .leftJoin(organizations, eq(organizations.id, people.organizationId));
}

/** One person of the workspace, deleted ones included (they stay readable on chains). */
export async function getPerson(db: Db, ws: string, id: string): Promise<PersonRecord | undefined> {
  const [row] = await selectPeople(db).where(and(eq(people.workspaceId, ws), eq(people.id, id)));
  return row as PersonRecord | undefined;
}

export async function getPeopleByIds(db: Db, ws: string, ids: string[]): Promise<PersonRecord[]> {
  if (ids.length === 0) return [];
  return (await selectPeople(db).where(
    and(eq(people.workspaceId, ws), inArray(people.id, ids)),
  )) as PersonRecord[];
}

/**
 * Names of people met or linked on a page (deleted ones flagged): the id, name and
 * deleted_at only, without the derived fields a full person costs (two probes each).
 */
export async function getPeopleNames(
  db: Db,
  ws: string,
  ids: string[],
): Promise<Array<{ id: string; name: string; deleted: boolean }>> {
  if (ids.length === 0) return [];
  return db
    .select({
      id: people.id,
      name: people.name,
      deleted: sql<boolean>`${people.deletedAt} is not null`,
    })
    .from(people)
    .where(and(eq(people.workspaceId, ws), inArray(people.id, ids)));
}

export type PeopleFilter = {
  ids?: string[] | undefined;
  q?: string | undefined;
  organizationId?: string | undefined;
  tag?: string | undefined;
  canHire?: boolean | undefined;
};

export type PeopleSort = "name" | "recent" | "updated" | "contacted";
/** The orders paged on one key and the id; "contacted" has two parts (contacted.ts). */
type KeysetSort = Exclude<PeopleSort, "contacted">;

/**
 * Each order reads only its own key with the id: in name order the page then comes from
 * the covering name index alone (reading created_at too cost one heap fetch per person the
 * search skipped: 630 ms instead of 27 ms for a rare word at 100k on PGlite).
 */
const SORTS = {
  name: {
    column: people.name,
    key: people.name,
    order: (key: SQLWrapper) => sql`lower(${key})`,
    desc: false,
    cursor: (key: string) => key.toLowerCase(),
    cast: sql`::text`,
  },
  recent: {
    column: people.createdAt,
    key: isoUtcMicros(people.createdAt).as("key"),
    order: (key: SQLWrapper) => sql`${key}`,
    desc: true,
    cursor: (key: string) => key,
    cast: sql`::timestamptz`,
  },
  updated: {
    column: people.updatedAt,
    key: isoUtcMicros(people.updatedAt).as("key"),
    order: (key: SQLWrapper) => sql`${key}`,
    desc: true,
    cursor: (key: string) => key,
    cast: sql`::timestamptz`,
  },
} satisfies Record<KeysetSort, unknown>;

const orderBy = (sort: KeysetSort, key: SQLWrapper, id: SQLWrapper) => {
  const { order, desc } = SORTS[sort];
  const dir = desc ? sql`desc` : sql`asc`;
  return [sql`${order(key)} ${dir}`, sql`${id} ${dir}`];
};

/**
 * The ids of a page of people matching the filter, in the chosen order, after the cursor's
 * row, and the cursor of the next page. Search matches every word of `q` anywhere in name,
 * title, organization, e-mails or tags (the trigram index of the search copy, people_search,
 * for words of three letters or more). The ids and sort keys come from an index (index-only
 * for name order); callers then read only those rows.
 */
export async function findPage(
  db: Db,
  ws: string,
  filter: PeopleFilter,
  sort: PeopleSort,
  after: Array<string | null> | null,
  limit: number,
): Promise<{ ids: string[]; next: Array<string | null> | null }> {
  const scope: SQL[] = [sql`${people.workspaceId} = ${ws}`];
  // Looked up by id, a deleted person still answers: chains keep their links.
  if (filter.ids)
    scope.push(filter.ids.length > 0 ? sql`${people.id} in ${filter.ids}` : sql`false`);
  else scope.push(sql`${people.deletedAt} is null`);
  const words = (filter.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const narrowing: SQL[] = [];
  if (filter.organizationId)
    narrowing.push(sql`${people.organizationId} = ${filter.organizationId}`);
  if (filter.tag) narrowing.push(sql`${people.tags} @> array[${filter.tag}]::text[]`);
  if (filter.canHire !== undefined) narrowing.push(sql`${people.canHire} = ${filter.canHire}`);
  // A search in name order on words alone picks its way itself (name-search.ts); other
  // filters and orders leave the plan to the planner.
  const byName =
    sort === "name" && words.some(trigramIndexable) && !filter.ids && narrowing.length === 0;
  // An organization's people, or a list of ids, are few: testing each one's search text
  // costs less than looking the words up in the copy (1.8 against 4.6 ms for "dely").
  const matching = byName
    ? []
    : filter.organizationId || filter.ids
      ? matchingWords(words)(people.searchText)
      : await matchingPeople(db, ws, words);
  if (sort === "contacted") {
    return contactedPage(db, [...scope, ...matching, ...narrowing], after, limit);
  }
  const { column, key, order, desc, cursor, cast } = SORTS[sort];
  if (after) {
    const tuple = sql`${order(column)}, ${people.id}`;
    const values = sql`${after[0]}${cast}, ${after[1]}::uuid`;
    scope.push(desc ? sql`(${tuple}) < (${values})` : sql`(${tuple}) > (${values})`);
  }
  const where = and(...scope, ...matching, ...narrowing)!;
  const walk = () =>
    db
      .select({ id: people.id, key })
      .from(people)
      .where(where)
      .orderBy(...orderBy(sort, column, people.id))
      .limit(limit + 1);
  const found = byName
    ? await searchByName(db, { ws, words, scope, after }, limit + 1)
    : await walk();
  const hasMore = found.length > limit;
  const pageKeys = hasMore ? found.slice(0, limit) : found;
  const last = pageKeys.at(-1);
  const next = hasMore && last ? [cursor(last.key), last.id] : null;
  return { ids: pageKeys.map((k) => k.id), next };
}

/** A page of people (see findPage) as records, for the exports. */
export async function listPeople(
  ...args: Parameters<typeof findPage>
): Promise<{ rows: PersonRecord[]; next: Array<string | null> | null }> {
  const [db, ws] = args;
  const { ids, next } = await findPage(...args);
  const byId = new Map((await getPeopleByIds(db, ws, ids)).map((r) => [r.person.id, r]));
  return { rows: ids.map((id) => byId.get(id)!), next };
}

/** Text the trigram search runs over; lower-cased. */
export function searchTextOf(p: {
  name: string;
  title?: string | null;
  emails?: string[];
  tags?: string[];
  organizationName?: string | null;
}): string {
  return [p.name, p.title, p.organizationName, ...(p.emails ?? []), ...(p.tags ?? [])]
    .filter(Boolean)
    .join(" ")
    .toLowerCase();
}

/** Re-derives search_text for everyone at an organization (after a rename). */
export async function refreshSearchTextForOrganization(db: Db, ws: string, organizationId: string) {
  await db.execute(sql`
    update ${people} p set search_text = lower(concat_ws(' ', p.name, p.title, o.name,
      array_to_string(p.emails, ' '), array_to_string(p.tags, ' ')))
    from ${organizations} o
    where o.id = p.organization_id and p.workspace_id = ${ws} and p.organization_id = ${organizationId}`);
}

/** Before an organization is deleted: its people stay, without it (and unfindable by it). */
export async function detachOrganization(db: Db, ws: string, organizationId: string) {
  await db.execute(sql`
    update ${people} p set organization_id = null, updated_at = now(),
      search_text = lower(concat_ws(' ', p.name, p.title,
        array_to_string(p.emails, ' '), array_to_string(p.tags, ' ')))
    where p.workspace_id = ${ws} and p.organization_id = ${organizationId}`);
}

export async function personExists(db: Db, ws: string, id: string, includeDeleted = false) {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.workspaceId, ws),
        eq(people.id, id),
        includeDeleted ? undefined : isNull(people.deletedAt),
      ),
    );
  return Boolean(row);
}
