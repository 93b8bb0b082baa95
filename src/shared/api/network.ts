import { z } from "zod";
import {
  DateSchema,
  DateTimeSchema,
  IdSchema,
  NullableUrl,
  PageQuery,
  TagsSchema,
  TextSchema,
  TimeZoneSchema,
} from "./common.ts";

// ── Organizations ────────────────────────────────────────────────────────────────────────

export const OrganizationInput = z.object({
  name: z.string().trim().min(1, "is required").max(300),
  website: NullableUrl.optional(),
  sector: z.string().trim().max(200).nullable().optional(),
  size: z.string().trim().max(100).nullable().optional(),
  research: TextSchema(50_000).optional(),
  notes: TextSchema(50_000).optional(),
  tags: TagsSchema.optional(),
  isTarget: z.boolean().optional(),
});
export type OrganizationInput = z.input<typeof OrganizationInput>;
export const OrganizationPatch = OrganizationInput.partial();

export const OrganizationView = z.object({
  id: z.string(),
  name: z.string(),
  website: z.string().nullable(),
  sector: z.string().nullable(),
  size: z.string().nullable(),
  research: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  isTarget: z.boolean(),
  peopleCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrganizationView = z.infer<typeof OrganizationView>;

export const OrganizationListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  tag: z.string().trim().max(50).optional(),
});

// ── People ───────────────────────────────────────────────────────────────────────────────

const PersonFields = {
  name: z.string().trim().min(1, "is required").max(300),
  givenName: z.string().trim().max(150).nullable().optional(),
  familyName: z.string().trim().max(150).nullable().optional(),
  emails: z
    .array(z.string().trim().toLowerCase().pipe(z.email("must be an e-mail address")))
    .max(20)
    .optional(),
  phones: z.array(z.string().trim().min(3, "is too short").max(50)).max(20).optional(),
  profileUrl: NullableUrl.optional(),
  title: z.string().trim().max(300).nullable().optional(),
  organizationId: IdSchema.nullable().optional(),
  /** Creates or matches an organization by name when no organizationId is given. */
  organizationName: z.string().trim().max(300).optional(),
  startedAt: DateSchema.nullable().optional(),
  canHire: z.boolean().optional(),
  howWeMet: TextSchema(2000).optional(),
  metOn: DateSchema.nullable().optional(),
  tags: TagsSchema.optional(),
  notes: TextSchema(50_000).optional(),
};

/** A person needs a name: given directly, or made from given and family names. */
export const PersonInput = z
  .object({ ...PersonFields, name: PersonFields.name.optional() })
  .transform((p, ctx) => {
    const name = p.name ?? [p.givenName, p.familyName].filter(Boolean).join(" ").trim();
    if (!name) {
      ctx.addIssue({ code: "custom", path: ["name"], message: "is required" });
      return z.NEVER;
    }
    return { ...p, name };
  });
export type PersonInput = z.input<typeof PersonInput>;
export const PersonPatch = z.object(PersonFields).partial();

export const PersonView = z.object({
  id: z.string(),
  name: z.string(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  profileUrl: z.string().nullable(),
  title: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  startedAt: z.string().nullable(),
  canHire: z.boolean(),
  howWeMet: z.string(),
  metOn: z.string().nullable(),
  tags: z.array(z.string()),
  notes: z.string(),
  /** The latest meeting held with them (later: also messages sent). */
  lastContactedAt: z.string().nullable(),
  /** The first `made` introduction that reached them, if any. */
  introducedBy: z.object({ introductionId: z.string(), fromPersonId: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when the person was deleted but is kept readable on introduction chains. */
  deletedAt: z.string().nullable(),
});
export type PersonView = z.infer<typeof PersonView>;

/**
 * name; recent: the last added first; updated: the last changed first; contacted: the people
 * met, the last met first, then the others, the last added first.
 */
export const PeopleSort = z.enum(["name", "recent", "updated", "contacted"]);

/** Everything the person page shows, in one call (`GET /people/{id}/overview`). */
export const PersonOverview = z.object({
  person: PersonView,
  organization: z.lazy(() => OrganizationView).nullable(),
  meetings: z.array(z.lazy(() => MeetingView)),
  introductionsIn: z.array(z.lazy(() => IntroductionView)),
  introductionsOut: z.array(z.lazy(() => IntroductionView)),
  /** Everyone named by those meetings and introductions, for display. */
  related: z.array(z.object({ id: z.string(), name: z.string(), deleted: z.boolean() })),
});
export const PeopleListQuery = PageQuery.extend({
  q: z.string().trim().max(200).optional(),
  organizationId: IdSchema.optional(),
  tag: z.string().trim().toLowerCase().max(50).optional(),
  canHire: z.enum(["true", "false"]).optional(),
  /** Comma-separated ids: look these people up (deleted ones included), e.g. for a path. */
  ids: z
    .string()
    .max(200 * 37)
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(z.array(IdSchema).max(200, "at most 200 ids"))
    .optional(),
  sort: PeopleSort.default("name"),
});

/**
 * List endpoints answer a JSON array; when more rows follow, the `X-Next-Cursor` header (and
 * a `Link: <…>; rel="next"` header) carries the cursor for the next page.
 */
export const NEXT_CURSOR_HEADER = "X-Next-Cursor";

// ── Meetings ─────────────────────────────────────────────────────────────────────────────

export const MeetingKind = z.enum(["informational", "job-interview", "other"]);
export const MeetingMode = z.enum(["in-person", "video", "phone"]);
export const MeetingStatus = z.enum(["planned", "held", "cancelled"]);

const MeetingFields = {
  kind: MeetingKind,
  mode: MeetingMode,
  personIds: z.array(IdSchema).min(1, "name at least one person").max(20),
  organizationId: IdSchema.nullable().optional(),
  scheduledAt: DateTimeSchema,
  timeZone: TimeZoneSchema,
  durationMinutes: z.number().int().min(5, "at least 5 minutes").max(600, "at most 10 hours"),
  location: TextSchema(2000),
  status: MeetingStatus,
  heldAt: DateTimeSchema.nullable(),
  notes: TextSchema(50_000),
};

export const MeetingInput = z.object({
  ...MeetingFields,
  kind: MeetingFields.kind.default("informational"),
  mode: MeetingFields.mode.default("video"),
  timeZone: MeetingFields.timeZone.default("UTC"),
  durationMinutes: MeetingFields.durationMinutes.default(30),
  location: MeetingFields.location.default(""),
  status: MeetingFields.status.default("planned"),
  heldAt: MeetingFields.heldAt.optional(),
  notes: MeetingFields.notes.default(""),
});
export type MeetingInput = z.input<typeof MeetingInput>;
export const MeetingPatch = z.object(MeetingFields).partial();

export const MeetingView = z.object({
  id: z.string(),
  kind: MeetingKind,
  mode: MeetingMode,
  personIds: z.array(z.string()),
  organizationId: z.string().nullable(),
  scheduledAt: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  status: MeetingStatus,
  heldAt: z.string().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const MeetingListQuery = PageQuery.extend({
  personId: IdSchema.optional(),
  organizationId: IdSchema.optional(),
  status: MeetingStatus.optional(),
  when: z.enum(["upcoming", "past", "all"]).default("all"),
});

// ── Introductions ────────────────────────────────────────────────────────────────────────

export const IntroductionStatus = z.enum(["offered", "to-ask", "asked", "made", "declined"]);
export type IntroductionStatus = z.infer<typeof IntroductionStatus>;

export const IntroductionInput = z.object({
  fromPersonId: IdSchema,
  toPersonId: IdSchema,
  meetingId: IdSchema.nullable().optional(),
  status: IntroductionStatus.default("offered"),
  notes: TextSchema(10_000).default(""),
});
export const IntroductionPatch = z.object({
  status: IntroductionStatus.optional(),
  meetingId: IdSchema.nullable().optional(),
  notes: TextSchema(10_000).optional(),
});

export const IntroductionView = z.object({
  id: z.string(),
  fromPersonId: z.string(),
  toPersonId: z.string(),
  meetingId: z.string().nullable(),
  status: IntroductionStatus,
  notes: z.string(),
  offeredAt: z.string().nullable(),
  toAskAt: z.string().nullable(),
  askedAt: z.string().nullable(),
  madeAt: z.string().nullable(),
  declinedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type IntroductionView = z.infer<typeof IntroductionView>;

export const IntroductionListQuery = z.object({
  personId: IdSchema.optional(),
  meetingId: IdSchema.optional(),
  status: IntroductionStatus.optional(),
});

// ── Paths and funnel ─────────────────────────────────────────────────────────────────────

export const DecisionMakerPath = z.object({
  decisionMakerId: z.string(),
  organizationId: z.string().nullable(),
  met: z.boolean(),
  /** Person ids from someone known directly to the decision-maker, in order. */
  path: z.array(z.string()),
  /** Number of introductions on the path. */
  hops: z.number().int(),
  /** Every introduction on the path has been made. */
  complete: z.boolean(),
});
export type DecisionMakerPath = z.infer<typeof DecisionMakerPath>;

export const OrganizationPaths = z.object({
  organizationId: z.string(),
  decisionMakerReached: z.boolean(),
  people: z.array(
    z.object({ personId: z.string(), path: z.array(z.string()), hops: z.number().int() }),
  ),
});

export const Funnel = z.object({
  meetingsHeld: z.number().int(),
  meetingsPlanned: z.number().int(),
  introductionsOffered: z.number().int(),
  introductionsToAsk: z.number().int(),
  introductionsMade: z.number().int(),
  decisionMakersKnown: z.number().int(),
  decisionMakersMet: z.number().int(),
  /** Job interviews held (meetings of kind job-interview), and those still planned. */
  jobInterviews: z.number().int(),
  jobInterviewsPlanned: z.number().int(),
});
export type Funnel = z.infer<typeof Funnel>;
