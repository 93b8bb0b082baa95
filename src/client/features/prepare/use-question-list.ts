import { useCallback, useMemo, useRef, useState } from "react";
import type { MeetingQuestionsView } from "../../../shared/api/prepare.ts";
import { lintQuestion, lintQuestionList } from "../../../shared/method/index.ts";
import { useSaveQuestions } from "./queries.ts";
import { insertionIndex, moveItem } from "./question-order.ts";

export type QuestionItem = { key: string; text: string };
export type Finding = { rule: string; message: string; suggestion?: string };
export type LintedItem = QuestionItem & { level: string; findings: Finding[] };
/** A question to add, with its level when already known (the plan gives it). */
export type NewQuestion = { text: string; level?: string };
type Context = { research: string; tenure: MeetingQuestionsView["tenure"] };

/** The server's limit on questions per meeting. */
export const MAX_QUESTIONS = 60;

let counter = 0;
const newKey = () => `q${++counter}`;
const toItems = (texts: readonly string[]) => texts.map((text) => ({ key: newKey(), text }));
const sameTexts = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * A meeting's questions as edited on the page. Every change is shown at once, linted in the
 * browser with the shared engine (M6–M10) and saved as a whole list in the background, one
 * save at a time; when the server's linted list matches what is shown, its verdict is used.
 * `draft` lints an edit in progress in its place, before it is committed.
 */
export function useQuestionList(
  meetingId: string,
  server: MeetingQuestionsView,
  context: Context,
  draft: { key: string; text: string } | null,
) {
  const [items, setItems] = useState<QuestionItem[]>(() =>
    toItems(server.questions.map((q) => q.text)),
  );
  const save = useSaveQuestions(meetingId);
  const queued = useRef<string[] | null>(null);
  const running = useRef(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const persist = useCallback(
    async (texts: string[]) => {
      queued.current = texts;
      if (running.current) return;
      running.current = true;
      setSaving(true);
      try {
        while (queued.current) {
          const next = queued.current;
          queued.current = null;
          await save.mutateAsync(next);
        }
        setError(null);
      } catch (failure) {
        setError(failure);
      } finally {
        running.current = false;
        setSaving(false);
      }
    },
    [save.mutateAsync],
  );

  const commit = useCallback(
    (next: QuestionItem[]) => {
      setItems(next);
      void persist(next.map((i) => i.text));
    },
    [persist],
  );

  const texts = items.map((i) => (draft && i.key === draft.key ? draft.text : i.text));
  const textsKey = JSON.stringify(texts);
  const serverTexts = server.questions.map((q) => q.text);
  const inSync = sameTexts(serverTexts, texts);
  const { research, tenure } = context;
  const local = useMemo(
    () =>
      inSync ? null : lintQuestionList(JSON.parse(textsKey) as string[], { research, tenure }),
    [inSync, textsKey, research, tenure],
  );
  const linted: LintedItem[] = items.map((item, i) => {
    const result = local ? local.questions[i] : server.questions[i];
    return { ...item, level: result?.level ?? "other", findings: result?.findings ?? [] };
  });

  const known = new Map(linted.map((q) => [q.text, q.level]));
  const levelOf = (text: string) => known.get(text) ?? lintQuestion(text, { research }).level;
  const insert = (list: QuestionItem[], added: NewQuestion) => {
    const text = added.text.trim();
    const at = insertionIndex(
      list.map((i) => levelOf(i.text)),
      added.level ?? levelOf(text),
    );
    return [...list.slice(0, at), { key: newKey(), text }, ...list.slice(at)];
  };

  return {
    items: linted,
    saving,
    error,
    /** Saved and the server agrees: what is shown is what the brief will print. */
    saved: inSync && !saving && error === null,
    retry: () => void persist(items.map((i) => i.text)),
    /** Adds a question where the M8 order wants it. */
    add: (added: NewQuestion) => commit(insert(items, added)),
    addMany: (added: readonly NewQuestion[]) =>
      commit(added.reduce((list, question) => insert(list, question), items)),
    update: (key: string, text: string) =>
      commit(items.map((i) => (i.key === key ? { ...i, text: text.trim() } : i))),
    remove: (key: string) => commit(items.filter((i) => i.key !== key)),
    move: (from: number, to: number) => commit(moveItem(items, from, to)),
  };
}
