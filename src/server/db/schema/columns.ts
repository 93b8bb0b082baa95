import { timestamp, uuid } from "drizzle-orm/pg-core";
import { workspaces } from "./accounts.ts";

/** Primary key: a random UUID made by the database (gen_random_uuid, core since PostgreSQL 13). */
export const id = () => uuid("id").primaryKey().defaultRandom();

export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).defaultNow().notNull();

export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true }).defaultNow().notNull();

/** The workspace a row belongs to: every data row has one, and goes with its workspace. */
export const workspaceId = () =>
  uuid("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });
