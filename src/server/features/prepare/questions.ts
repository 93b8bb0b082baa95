import { and, asc, eq } from "drizzle-orm";
import type { MeetingQuestionsView } from "../../../shared/api/prepare.ts";
import type { Db } from "../../db/connect.ts";
import { meetingQuestions } from "../../db/schema/index.ts";
import { methodEngine } from "../../method-engine.ts";
import { type MeetingContext, meetingContext } from "./context.ts";

async function storedQuestions(db: Db, ws: string, meetingId: string) {
  return db
    .select()
    .from(meetingQuestions)
    .where(and(eq(meetingQuestions.workspaceId, ws), eq(meetingQuestions.meetingId, meetingId)))
    .orderBy(asc(meetingQuestions.position));
}

async function lintView(
  ctx: MeetingContext,
  rows: Array<{ id: string | null; text: string }>,
): Promise<MeetingQuestionsView> {
  const { lintQuestionList } = await methodEngine();
  const result = lintQuestionList(
    rows.map((r) => r.text),
    { research: ctx.research, tenure: ctx.tenure },
  );
  return {
    meetingId: ctx.meeting.id,
    tenure: ctx.tenure,
    questions: result.questions.map((q, i) => ({
      id: rows[i]!.id,
      text: q.question,
      level: q.level,
      findings: q.findings,
    })),
    listFindings: result.listFindings,
  };
}

/** The meeting's questions in order, each with its level and findings (M6–M10). */
export async function getMeetingQuestions(db: Db, ws: string, meetingId: string) {
  const ctx = await meetingContext(db, ws, meetingId);
  return lintView(ctx, await storedQuestions(db, ws, meetingId));
}

/** Replaces the list (the order is the order sent: drag-to-reorder saves the whole list). */
export async function saveMeetingQuestions(db: Db, ws: string, meetingId: string, texts: string[]) {
  return db.transaction(async (tx) => {
    const ctx = await meetingContext(tx, ws, meetingId);
    await tx
      .delete(meetingQuestions)
      .where(and(eq(meetingQuestions.workspaceId, ws), eq(meetingQuestions.meetingId, meetingId)));
    const rows =
      texts.length === 0
        ? []
        : await tx
            .insert(meetingQuestions)
            .values(texts.map((text, position) => ({ workspaceId: ws, meetingId, position, text })))
            .returning({ id: meetingQuestions.id, text: meetingQuestions.text });
    return lintView(ctx, rows);
  });
}

/** Proposed questions for this meeting, from the library, in the method's order. */
export async function planForMeeting(db: Db, ws: string, meetingId: string) {
  const ctx = await meetingContext(db, ws, meetingId);
  const { planQuestions } = await methodEngine();
  return planQuestions({
    tenure: ctx.tenure,
    research: ctx.research,
    ...(ctx.organization ? { organizationName: ctx.organization.name } : {}),
    ...(ctx.organization?.sector ? { sector: ctx.organization.sector } : {}),
  });
}
