import { z } from "zod";
import { TextSchema } from "./common.ts";

export const STANDARD_ANSWER_KINDS = [
  "tell-me-about-yourself",
  "role",
  "career-goals",
  "strengths-weaknesses",
  "why-interested",
  "how-can-i-help",
] as const;
export type StandardAnswerKind = (typeof STANDARD_ANSWER_KINDS)[number];

/** The question each standard answer responds to (A1–A6). */
export const ANSWER_QUESTIONS: Record<StandardAnswerKind, string> = {
  "tell-me-about-yourself": "Tell me about yourself",
  role: "Tell me about your role at your organization",
  "career-goals": "What are your career goals?",
  "strengths-weaknesses": "What are your strengths and weaknesses?",
  "why-interested": "Why are you interested in this role, organization or sector?",
  "how-can-i-help": "How can I be helpful to you?",
};

const FindingView = z.object({
  rule: z.string(),
  message: z.string(),
  suggestion: z.string().optional(),
});

export const AnswerCheckView = z.object({
  kind: z.string(),
  words: z.number().int(),
  spokenSeconds: z.object({ min: z.number(), max: z.number() }),
  targetSeconds: z.object({ min: z.number(), max: z.number() }),
  elements: z.array(
    z.object({ id: z.string(), present: z.boolean(), evidence: z.string().nullable() }),
  ),
  findings: z.array(FindingView),
});
export type AnswerCheckView = z.infer<typeof AnswerCheckView>;

export const AnswerView = z.object({
  /** The kind for the six expected questions, the answer's id for custom ones. */
  key: z.string(),
  id: z.string().nullable(),
  kind: z.string(),
  question: z.string(),
  text: z.string(),
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  check: AnswerCheckView,
});
export type AnswerView = z.infer<typeof AnswerView>;

export const AnswerSave = z.object({
  text: TextSchema(20_000),
  /** The question, for custom answers. */
  title: z.string().trim().min(1).max(300).optional(),
});
export const CustomAnswerInput = z.object({
  title: z.string().trim().min(1, "is required").max(300),
  text: TextSchema(20_000).default(""),
});

export const AnswerVersionView = z.object({
  version: z.number().int(),
  text: z.string(),
  createdAt: z.string(),
});

export const AnswerCheckInput = z.object({
  kind: z.enum([...STANDARD_ANSWER_KINDS, "custom"]),
  text: TextSchema(20_000),
});

// ── Questions to ask ─────────────────────────────────────────────────────────────────────

export const QuestionView = z.object({
  id: z.string().nullable(),
  text: z.string(),
  level: z.string(),
  findings: z.array(FindingView),
});
export type QuestionView = z.infer<typeof QuestionView>;

export const MeetingQuestionsView = z.object({
  meetingId: z.string(),
  tenure: z.enum(["long", "new", "unknown"]),
  questions: z.array(QuestionView),
  listFindings: z.array(FindingView.extend({ index: z.number().int() })),
});
export type MeetingQuestionsView = z.infer<typeof MeetingQuestionsView>;

export const MeetingQuestionsSave = z.object({
  questions: z
    .array(z.object({ text: z.string().trim().min(1, "cannot be empty").max(500) }))
    .max(60, "at most 60 questions"),
});

export const PlanItemView = z.object({
  kind: z.enum(["question", "prompt"]),
  level: z.string(),
  text: z.string(),
  rule: z.string(),
  choices: z.array(z.object({ tenure: z.enum(["long", "new"]), text: z.string() })).optional(),
});

export const LintQuestionsInput = z.object({
  questions: z.array(z.string().max(500)).max(1000),
  research: TextSchema(100_000).optional(),
  tenure: z.enum(["long", "new", "unknown"]).optional(),
});

export const PrepView = z.object({
  answerKeys: z.array(z.string()),
  checklist: z.record(z.string(), z.boolean()),
});
export const PrepPatch = z.object({
  answerKeys: z.array(z.string().max(100)).max(20).optional(),
  checklist: z.record(z.string().max(50), z.boolean()).optional(),
});

export const MeetingBriefView = z.object({
  meeting: z.object({
    id: z.string(),
    kind: z.string(),
    mode: z.string(),
    personIds: z.array(z.string()),
    organizationId: z.string().nullable(),
    scheduledAt: z.string(),
    timeZone: z.string(),
    durationMinutes: z.number(),
    location: z.string(),
    status: z.string(),
    heldAt: z.string().nullable(),
    notes: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  organization: z
    .object({
      id: z.string(),
      name: z.string(),
      website: z.string().nullable(),
      sector: z.string().nullable(),
      size: z.string().nullable(),
      research: z.string(),
    })
    .nullable(),
  people: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      title: z.string().nullable(),
      organizationName: z.string().nullable(),
      profileUrl: z.string().nullable(),
      startedAt: z.string().nullable(),
      tenure: z.enum(["long", "new", "unknown"]),
      howWeMet: z.string(),
      introducedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
    }),
  ),
  answers: z.array(
    z.object({
      key: z.string(),
      question: z.string(),
      text: z.string(),
      words: z.number(),
      spokenSeconds: z.object({ min: z.number(), max: z.number() }),
      targetSeconds: z.object({ min: z.number(), max: z.number() }),
      missing: z.array(z.string()),
    }),
  ),
  questions: z.array(QuestionView),
  listFindings: z.array(FindingView.extend({ index: z.number().int() })),
  checklist: z
    .array(z.object({ id: z.string(), text: z.string(), why: z.string(), done: z.boolean() }))
    .nullable(),
});
export type MeetingBriefView = z.infer<typeof MeetingBriefView>;
