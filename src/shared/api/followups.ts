import { z } from "zod";
import { DateSchema, DateTimeSchema, IdSchema, TagsSchema, TextSchema } from "./common.ts";
import { IntroductionView, MeetingView } from "./network.ts";

export const DebriefInput = z.object({
  heldAt: DateTimeSchema,
  notes: TextSchema(50_000).optional(),
  insights: z
    .array(
      z.object({
        text: z.string().trim().min(1, "cannot be empty").max(5000),
        tags: TagsSchema.default([]),
      }),
    )
    .max(100)
    .default([]),
  /** An empty list means no referral at all (M11). */
  introductions: z
    .array(
      z
        .object({
          fromPersonId: IdSchema.optional(),
          toPersonId: IdSchema.optional(),
          toPerson: z
            .object({
              name: z.string().trim().min(1, "is required").max(300),
              organization: z.string().trim().max(300).optional(),
              title: z.string().trim().max(300).optional(),
              email: z
                .string()
                .trim()
                .toLowerCase()
                .pipe(z.email("must be an e-mail address"))
                .optional(),
            })
            .optional(),
          status: z.enum(["offered", "to-ask"]),
        })
        .refine((i) => Boolean(i.toPersonId) !== Boolean(i.toPerson), {
          message: "give either toPersonId or toPerson",
          path: ["toPersonId"],
        }),
    )
    .max(50)
    .default([]),
});
export type DebriefInput = z.input<typeof DebriefInput>;

export const InsightView = z.object({
  id: z.string(),
  text: z.string(),
  tags: z.array(z.string()),
  meetingId: z.string().nullable(),
  personId: z.string().nullable(),
  organizationId: z.string().nullable(),
  createdAt: z.string(),
});
export type InsightView = z.infer<typeof InsightView>;

export const FollowUpKindSchema = z.enum([
  "thank-you",
  "confirm-introduction",
  "ask-for-introduction",
  "check-in",
  "stay-in-touch",
  "plan-meeting",
  "custom",
]);
export const FollowUpStatusSchema = z.enum(["due", "done", "skipped", "snoozed"]);

export const FollowUpView = z.object({
  id: z.string(),
  kind: FollowUpKindSchema,
  personId: z.string(),
  personName: z.string(),
  meetingId: z.string().nullable(),
  introductionId: z.string().nullable(),
  dueOn: z.string(),
  status: FollowUpStatusSchema,
  snoozedUntil: z.string().nullable(),
  draft: z.object({ subject: z.string(), body: z.string() }),
  draftEdited: z.boolean(),
  /** Where the draft goes: the person's first e-mail, if any. */
  to: z.string().nullable(),
  /** The message sent for it, if any (status queued/sending/sent/failed/manual). */
  message: z
    .object({
      id: z.string(),
      status: z.string(),
      sentAt: z.string().nullable(),
      lastError: z.string().nullable(),
      attempts: z.number(),
    })
    .nullable(),
});
export type FollowUpView = z.infer<typeof FollowUpView>;

export const DebriefView = z.object({
  meeting: MeetingView,
  debrief: z.object({ heldAt: z.string(), noReferral: z.boolean(), notes: z.string() }),
  insights: z.array(InsightView),
  introductions: z.array(IntroductionView),
  followUps: z.array(FollowUpView),
});

export const FollowUpListQuery = z.object({
  status: FollowUpStatusSchema.optional(),
  before: DateSchema.optional(),
  personId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

export const FollowUpPatch = z.object({
  status: z.enum(["due", "done", "skipped"]).optional(),
  snoozeUntil: DateSchema.optional(),
  draft: z
    .object({ subject: TextSchema(500), body: TextSchema(50_000) })
    .nullable()
    .optional(),
});

export const CustomFollowUpInput = z.object({
  personId: IdSchema,
  dueOn: DateSchema,
  draft: z.object({ subject: TextSchema(500), body: TextSchema(50_000) }).optional(),
});
