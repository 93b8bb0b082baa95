import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt, workspaceId } from "./columns.ts";
import { meetings } from "./network.ts";

/**
 * The answer bank (A1–A6, M4): one answer per expected question, plus the job seeker's own.
 * The text lives in versions; the answer row points at the latest.
 */
export const answers = pgTable(
  "answers",
  {
    id: id(),
    workspaceId: workspaceId(),
    /** An A1–A6 kind id, or `custom`. */
    kind: text("kind").notNull(),
    /** The question, for custom answers (the six expected questions have theirs). */
    title: text("title").notNull().default(""),
    text: text("text").notNull().default(""),
    version: integer("version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One answer per expected question; any number of custom ones.
    uniqueIndex("answers_ws_kind_key").on(t.workspaceId, t.kind).where(sql`${t.kind} <> 'custom'`),
  ],
);

export const answerVersions = pgTable(
  "answer_versions",
  {
    id: id(),
    workspaceId: workspaceId(),
    answerId: uuid("answer_id")
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("answer_versions_answer_version_key").on(t.answerId, t.version)],
);

/** The questions to ask in one meeting, in the order the job seeker will ask them (M8). */
export const meetingQuestions = pgTable(
  "meeting_questions",
  {
    id: id(),
    workspaceId: workspaceId(),
    meetingId: uuid("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("meeting_questions_meeting_idx").on(t.meetingId, t.position)],
);

/** A meeting's preparation besides questions: chosen answers and the M5 checklist. */
export const meetingPrep = pgTable("meeting_prep", {
  meetingId: uuid("meeting_id")
    .primaryKey()
    .references(() => meetings.id, { onDelete: "cascade" }),
  workspaceId: workspaceId(),
  /** Answer kinds (or custom answer ids) to rehearse for this meeting. */
  answerKeys: text("answer_keys").array().notNull().default(sql`'{}'::text[]`),
  /** Checklist item id → done (M5 virtual-meeting checklist). */
  checklist: jsonb("checklist").$type<Record<string, boolean>>().notNull().default({}),
  updatedAt: timestamp("updated_at", { withTimezone: true }).defaultNow().notNull(),
});
