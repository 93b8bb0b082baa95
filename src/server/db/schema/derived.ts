import { sql } from "drizzle-orm";
import { bigint, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaceId } from "./columns.ts";

/**
 * A counter per workspace, raised by database triggers (migration 0005) whenever a table the
 * network views read from changes: people, organizations, meetings, meeting_people,
 * introductions. Kept by the database itself so every writer (API, debrief, import,
 * restore, another app instance) invalidates derived results without having to remember.
 */
export const networkVersions = pgTable("network_versions", {
  workspaceId: workspaceId().primaryKey(),
  version: bigint("version", { mode: "number" }).notNull().default(1),
});

/**
 * Results computed from the network (paths to decision-makers), stored with the network
 * version they were computed at: a read whose version still matches is one row. Nothing
 * here is the job seeker's data; it is rebuilt on demand and never backed up.
 */
export const derivedResults = pgTable(
  "derived_results",
  {
    workspaceId: workspaceId(),
    key: text("key").notNull(),
    version: bigint("version", { mode: "number" }).notNull(),
    // The JSON document as served: a read hands it out without parsing it again.
    body: text("body").notNull(),
    computedAt: timestamp("computed_at", { withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.key] })],
);

/**
 * What a search reads of each person who is not deleted: the name, its sort key and the
 * search text, kept by the database (triggers of migrations 0019 and 0020) from `people` on
 * every write, including imports and restores. A search that collects its matches from the
 * trigram index visits one row per match; here ~55 rows fit a page, against ~15 in `people`,
 * whose 100,000 rows (52 MB) never stayed in PGlite's 32 MB buffer cache: a first name's
 * ~2,000 matches cost ~15 ms of page reads there, ~5 ms here. Each statement's new people
 * are written in name order, so those matches also share a few pages (decision 0016).
 */
export const peopleSearch = pgTable(
  "people_search",
  {
    personId: uuid("person_id").primaryKey(),
    // No foreign keys: the triggers on people write and delete these rows, and a check on
    // each of an import's 30,000 rows would cost what this table saves.
    workspaceId: uuid("workspace_id").notNull(),
    /** lower(name): the order of the People list. */
    sortKey: text("sort_key").notNull(),
    name: text("name").notNull(),
    searchText: text("search_text").notNull(),
  },
  (t) => [
    // Workspace first (btree_gin): a search reads only its own workspace's matches.
    index("people_search_trgm_idx").using("gin", t.workspaceId, sql`${t.searchText} gin_trgm_ops`),
  ],
);
