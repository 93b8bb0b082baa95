import { bigint, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
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
