import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, workspaceId } from "./columns.ts";

const tags = () => text("tags").array().notNull().default(sql`'{}'::text[]`);

export const organizations = pgTable(
  "organizations",
  {
    id: id(),
    workspaceId: workspaceId(),
    name: text("name").notNull(),
    website: text("website"),
    sector: text("sector"),
    size: text("size"),
    /** What the organization's website already says: questions it answers are not asked (M7). */
    research: text("research").notNull().default(""),
    notes: text("notes").notNull().default(""),
    tags: tags(),
    /** On the job seeker's target list: the paths report tracks who is known inside. */
    isTarget: boolean("is_target").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("organizations_ws_name_idx").on(t.workspaceId, sql`lower(${t.name})`)],
);

export const people = pgTable(
  "people",
  {
    id: id(),
    workspaceId: workspaceId(),
    name: text("name").notNull(),
    givenName: text("given_name"),
    familyName: text("family_name"),
    emails: text("emails").array().notNull().default(sql`'{}'::text[]`),
    phones: text("phones").array().notNull().default(sql`'{}'::text[]`),
    profileUrl: text("profile_url"),
    title: text("title"),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    /** When they joined their organization: long tenure vs new changes the questions (M9). */
    startedAt: date("started_at"),
    /** A decision-maker who can hire the job seeker (M1). */
    canHire: boolean("can_hire").notNull().default(false),
    howWeMet: text("how_we_met").notNull().default(""),
    metOn: date("met_on"),
    tags: tags(),
    notes: text("notes").notNull().default(""),
    /** Days between stay-in-touch notes for this person; null = the workspace default (M12). */
    cadenceDays: integer("cadence_days"),
    /** The user paused follow-ups for this person. */
    followUpsPaused: boolean("follow_ups_paused").notNull().default(false),
    /**
     * Lower-cased name, title, organization name, e-mails and tags: one column makes
     * "search by name/organization/title/tag" one index scan. Written by the service on
     * every change (and when an organization is renamed); copied by triggers into
     * people_search, which holds the trigram index (derived.ts).
     */
    searchText: text("search_text").notNull().default(""),
    /**
     * Derived, kept by the database (triggers of migration 0013) whenever a meeting, its
     * people or an introduction changes: when this person was last met (latest held
     * meeting), and the first `made` introduction that reached them. A page of people then
     * reads them from its own rows instead of probing three other tables per person.
     */
    lastContactedAt: timestamp("last_contacted_at", { withTimezone: true }),
    introducedById: uuid("introduced_by_id"),
    introducedByPersonId: uuid("introduced_by_person_id"),
    /** Soft delete: a person on an introduction chain stays readable in that chain. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // people_ws_name_cover (workspace_id, lower(name), id) INCLUDE (name, search_text,
    // deleted_at) is in migration 0002, written by hand: drizzle cannot declare INCLUDE.
    index("people_ws_org_idx").on(t.workspaceId, t.organizationId),
    index("people_ws_created_idx").on(t.workspaceId, t.createdAt, t.id),
    index("people_ws_updated_idx").on(t.workspaceId, t.updatedAt, t.id),
    // The trigram index for search_text is on people_search (derived.ts), a narrow copy.
    index("people_tags_idx").using("gin", t.tags),
    index("people_ws_can_hire_idx").on(t.workspaceId).where(sql`${t.canHire}`),
    // "Recently contacted": only people met are in it, so an import adds nothing to it.
    index("people_ws_contacted_idx")
      .on(t.workspaceId, t.lastContactedAt, t.id)
      .where(sql`${t.lastContactedAt} is not null`),
  ],
);

export const meetings = pgTable(
  "meetings",
  {
    id: id(),
    workspaceId: workspaceId(),
    kind: text("kind", { enum: ["informational", "job-interview", "other"] }).notNull(),
    mode: text("mode", { enum: ["in-person", "video", "phone"] }).notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull(),
    durationMinutes: integer("duration_minutes").notNull().default(30),
    location: text("location").notNull().default(""),
    status: text("status", { enum: ["planned", "held", "cancelled"] })
      .notNull()
      .default("planned"),
    heldAt: timestamp("held_at", { withTimezone: true }),
    notes: text("notes").notNull().default(""),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("meetings_ws_scheduled_idx").on(t.workspaceId, t.scheduledAt),
    index("meetings_ws_org_idx").on(t.workspaceId, t.organizationId),
    // Monthly notes count the conversations held since the last note, newest first (M12).
    index("meetings_ws_held_idx").on(t.workspaceId, t.heldAt).where(sql`${t.status} = 'held'`),
    // Today reads the planned meetings around today; most meetings of a long search are
    // held or cancelled, which the scheduled-time index walked through (10k at 100k).
    index("meetings_ws_planned_idx")
      .on(t.workspaceId, t.scheduledAt)
      .where(sql`${t.status} = 'planned'`),
  ],
);

export const meetingPeople = pgTable(
  "meeting_people",
  {
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    workspaceId: workspaceId(),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    // A person's meetings from the index alone (last contacted, timelines).
    index().on(t.personId, t.meetingId),
  ],
);

export const introductionStatuses = ["offered", "to-ask", "asked", "made", "declined"] as const;

/** A referral edge (M11): `from` refers the job seeker to `to`. */
export const introductions = pgTable(
  "introductions",
  {
    id: id(),
    workspaceId: workspaceId(),
    fromPersonId: uuid("from_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    toPersonId: uuid("to_person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    status: text("status", { enum: introductionStatuses }).notNull(),
    notes: text("notes").notNull().default(""),
    offeredAt: timestamp("offered_at", { withTimezone: true }),
    toAskAt: timestamp("to_ask_at", { withTimezone: true }),
    askedAt: timestamp("asked_at", { withTimezone: true }),
    madeAt: timestamp("made_at", { withTimezone: true }),
    declinedAt: timestamp("declined_at", { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // introductions_to_cover (to_person_id) INCLUDE (from_person_id, status, workspace_id) is
    // in migration 0002: the path walk follows edges backwards from the index alone.
    index("introductions_from_idx").on(t.fromPersonId),
    index("introductions_ws_idx").on(t.workspaceId, t.status),
  ],
);
