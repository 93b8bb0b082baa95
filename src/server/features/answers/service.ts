import { and, asc, desc, eq, sql } from "drizzle-orm";
import {
  ANSWER_QUESTIONS,
  type AnswerCheckView,
  type AnswerView,
  STANDARD_ANSWER_KINDS,
  type StandardAnswerKind,
} from "../../../shared/api/prepare.ts";
import type { Db } from "../../db/connect.ts";
import { answers, answerVersions } from "../../db/schema/index.ts";
import { errors } from "../../http/errors.ts";
import { methodEngine } from "../../method-engine.ts";

type AnswerRow = typeof answers.$inferSelect;

const isStandard = (key: string): key is StandardAnswerKind =>
  (STANDARD_ANSWER_KINDS as readonly string[]).includes(key);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The method's verdict on an answer (A1–A6, M4), with its spoken-length target. */
export async function checkView(
  kind: StandardAnswerKind | "custom",
  text: string,
): Promise<AnswerCheckView> {
  const { checkAnswer, TARGET_SECONDS } = await methodEngine();
  const result = checkAnswer(kind, text);
  return { ...result, targetSeconds: TARGET_SECONDS[kind] };
}

async function present(
  kind: StandardAnswerKind | "custom",
  row: AnswerRow | undefined,
  key: string,
): Promise<AnswerView> {
  const text = row?.text ?? "";
  return {
    key,
    id: row?.id ?? null,
    kind,
    question: kind === "custom" ? (row?.title ?? "") : ANSWER_QUESTIONS[kind],
    text,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    check: await checkView(kind, text),
  };
}

/** The six expected answers (written or not) and the job seeker's own, in method order. */
export async function listAnswers(db: Db, ws: string): Promise<AnswerView[]> {
  const rows = await db
    .select()
    .from(answers)
    .where(eq(answers.workspaceId, ws))
    .orderBy(asc(answers.createdAt));
  const standard = STANDARD_ANSWER_KINDS.map((kind) =>
    present(
      kind,
      rows.find((r) => r.kind === kind),
      kind,
    ),
  );
  const custom = rows.filter((r) => r.kind === "custom").map((r) => present("custom", r, r.id));
  return Promise.all([...standard, ...custom]);
}

async function findByKey(db: Db, ws: string, key: string): Promise<AnswerRow | undefined> {
  if (isStandard(key)) {
    const [row] = await db
      .select()
      .from(answers)
      .where(and(eq(answers.workspaceId, ws), eq(answers.kind, key)));
    return row;
  }
  if (!UUID.test(key)) throw errors.notFound("Answer");
  const [row] = await db
    .select()
    .from(answers)
    .where(and(eq(answers.workspaceId, ws), eq(answers.id, key), eq(answers.kind, "custom")));
  if (!row) throw errors.notFound("Answer");
  return row;
}

export async function getAnswer(db: Db, ws: string, key: string): Promise<AnswerView> {
  const row = await findByKey(db, ws, key);
  return present(isStandard(key) ? key : "custom", row, key);
}

/** Saves a new version when the text (or a custom answer's question) changed. */
export async function saveAnswer(
  db: Db,
  ws: string,
  key: string,
  input: { text: string; title?: string | undefined },
): Promise<AnswerView> {
  return db.transaction(async (tx) => {
    // Serialises two saves of the same answer so that versions stay consecutive.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`${ws}:${key}`}))`);
    let row = await findByKey(tx, ws, key);
    if (!row) {
      [row] = await tx.insert(answers).values({ workspaceId: ws, kind: key }).returning();
    }
    const changed =
      row!.text !== input.text || (input.title !== undefined && input.title !== row!.title);
    if (changed) {
      const version = row!.version + 1;
      [row] = await tx
        .update(answers)
        .set({
          text: input.text,
          version,
          ...(input.title ? { title: input.title } : {}),
          updatedAt: sql`now()`,
        })
        .where(eq(answers.id, row!.id))
        .returning();
      await tx
        .insert(answerVersions)
        .values({ workspaceId: ws, answerId: row!.id, version, text: input.text });
    }
    return present(isStandard(key) ? key : "custom", row, key);
  });
}

export async function createCustomAnswer(
  db: Db,
  ws: string,
  input: { title: string; text: string },
) {
  const [row] = await db
    .insert(answers)
    .values({ workspaceId: ws, kind: "custom", title: input.title })
    .returning();
  return input.text
    ? saveAnswer(db, ws, row!.id, { text: input.text })
    : present("custom", row, row!.id);
}

export async function answerVersionsOf(db: Db, ws: string, key: string) {
  const row = await findByKey(db, ws, key);
  if (!row) return [];
  const rows = await db
    .select()
    .from(answerVersions)
    .where(and(eq(answerVersions.workspaceId, ws), eq(answerVersions.answerId, row.id)))
    .orderBy(desc(answerVersions.version));
  return rows.map((v) => ({
    version: v.version,
    text: v.text,
    createdAt: v.createdAt.toISOString(),
  }));
}

export async function deleteCustomAnswer(db: Db, ws: string, key: string): Promise<void> {
  if (isStandard(key)) {
    throw errors.badRequest(
      "key",
      "the six expected answers cannot be deleted; clear the text instead",
    );
  }
  const row = await findByKey(db, ws, key);
  await db.delete(answers).where(eq(answers.id, row!.id));
}
