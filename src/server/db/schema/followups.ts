import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { workspaces } from "./accounts.ts";
import { createdAt, id, updatedAt, workspaceId } from "./columns.ts";
import { introductions, meetings, organizations, people } from "./network.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/** Per-workspace settings of the search itself. */
export const workspaceSettings = pgTable("workspace_settings", {
  workspaceId: uuid("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  /** False once the job seeker found a job: follow-ups stop (M12 "as long as the search runs"). */
  searchActive: boolean("search_active").notNull().default(true),
  defaultCadenceDays: integer("default_cadence_days").notNull().default(30),
  /** The job seeker's time zone: what "today" and "due on" mean. */
  timeZone: text("time_zone").notNull().default("UTC"),
  /** SHA-256 of the secret in the calendar feed URL; null = no feed. */
  calendarTokenHash: text("calendar_token_hash"),
  updatedAt: updatedAt(),
});

/** What a meeting produced (M11, M13); the meeting row itself stays as planned. */
export const debriefs = pgTable("debriefs", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  workspaceId: workspaceId(),
  heldAt: timestamp("held_at", { withTimezone: true }).notNull(),
  /** The debrief recorded that nobody was offered or mentioned. */
  noReferral: boolean("no_referral").notNull(),
  notes: text("notes").notNull().default(""),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Something learned (M13): searchable later, about a sector, organization or person. */
export const insights = pgTable(
  "insights",
  {
    id: id(),
    workspaceId: workspaceId(),
    text: text("text").notNull(),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    organizationId: uuid("organization_id").references(() => organizations.id, {
      onDelete: "set null",
    }),
    // Full-text search over the text (M13); tags are matched exactly through their own index.
    search: tsvector("search").generatedAlwaysAs(sql`to_tsvector('english'::regconfig, text)`),
    createdAt: createdAt(),
  },
  (t) => [
    index("insights_ws_created_idx").on(t.workspaceId, t.createdAt),
    index("insights_meeting_idx").on(t.meetingId),
    // Drafts quote the latest thing a person said (M12); a person's deletion unlinks them.
    index("insights_person_idx").on(t.personId, t.createdAt),
    index("insights_search_idx").using("gin", t.search),
    index("insights_tags_idx").using("gin", t.tags),
  ],
);

/** A logged contact that is not a meeting or a sent e-mail (a call, a chat): moves M12. */
export const contacts = pgTable(
  "contacts",
  {
    id: id(),
    workspaceId: workspaceId(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["call", "email", "message", "other"] }).notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    summary: text("summary").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("contacts_person_idx").on(t.personId, t.occurredAt)],
);

/** A due action (M11, M12), derived from what happened; `sourceKey` makes derivation idempotent. */
export const followUps = pgTable(
  "follow_ups",
  {
    id: id(),
    workspaceId: workspaceId(),
    sourceKey: text("source_key").notNull(),
    kind: text("kind").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    meetingId: uuid("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    introductionId: uuid("introduction_id").references(() => introductions.id, {
      onDelete: "set null",
    }),
    dueOn: date("due_on").notNull(),
    status: text("status", { enum: ["due", "done", "skipped", "snoozed"] })
      .notNull()
      .default("due"),
    snoozedUntil: date("snoozed_until"),
    closedOn: date("closed_on"),
    /** The user's edited draft; null = rendered from the template at read time. */
    draft: jsonb("draft").$type<{ subject: string; body: string }>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("follow_ups_ws_source_key").on(t.workspaceId, t.sourceKey),
    index("follow_ups_ws_status_due_idx").on(t.workspaceId, t.status, t.dueOn),
    index("follow_ups_person_idx").on(t.personId),
    // Today lists open follow-ups in due order and stops at a page: read in index order.
    index("follow_ups_open_due_idx")
      .on(t.workspaceId, t.dueOn, t.createdAt, t.id)
      .where(sql`${t.status} in ('due', 'snoozed')`),
  ],
);

/** Editable e-mail template per follow-up kind. */
export const followUpTemplates = pgTable(
  "follow_up_templates",
  {
    workspaceId: workspaceId(),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("follow_up_templates_ws_kind").on(t.workspaceId, t.kind)],
);

/**
 * A message for a follow-up: at most one per follow-up (the unique key makes a repeated
 * send request a no-op). Delivered by the outbox job; `status` and the lease make delivery
 * happen once across retries, crashes and app instances.
 */
export const messages = pgTable(
  "messages",
  {
    id: id(),
    workspaceId: workspaceId(),
    followUpId: uuid("follow_up_id").references(() => followUps.id, { onDelete: "set null" }),
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** queued → sending → sent | failed (retried) ; `manual` = sent outside Warmpath (mailto/.eml). */
    status: text("status", { enum: ["queued", "sending", "sent", "failed", "manual"] }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    smtpMessageId: text("smtp_message_id").notNull(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    meta: jsonb("meta").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("messages_follow_up_key").on(t.followUpId),
    index("messages_person_idx").on(t.personId, t.sentAt),
  ],
);
