import { useMutation, useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { MeetingView } from "../../../shared/api/network.ts";
import {
  AnswerVersionView,
  AnswerView,
  MeetingBriefView,
  MeetingQuestionsView,
  PlanItemView,
  PrepView,
} from "../../../shared/api/prepare.ts";
import { api } from "../../lib/api.ts";

// A meeting's preparation lives under the "meetings" key so that whatever stales meetings
// (the network pages invalidate ["meetings"] after a change to a person, an organization or a
// meeting) also refreshes the brief, the questions' tenure and the research they are linted
// against (M7, M9).
export const prepareKeys = {
  answers: ["prepare", "answers"] as const,
  answer: (key: string) => ["prepare", "answers", "detail", key] as const,
  versions: (key: string) => ["prepare", "answers", "versions", key] as const,
  meetingPrep: ["meetings", "prepare"] as const,
  upcoming: ["meetings", "prepare", "upcoming"] as const,
  brief: (id: string) => ["meetings", "prepare", id, "brief"] as const,
  questions: (id: string) => ["meetings", "prepare", id, "questions"] as const,
  plan: (id: string) => ["meetings", "prepare", id, "plan"] as const,
  prep: (id: string) => ["meetings", "prepare", id, "prep"] as const,
};

const enc = encodeURIComponent;

export type { AnswerView };
export type PlanItem = z.infer<typeof PlanItemView>;
export type PrepState = z.infer<typeof PrepView>;
export type AnswerVersion = z.infer<typeof AnswerVersionView>;

// ── The answer bank (A1–A6 and the job seeker's own) ───────────────────────────────────

export function useAnswers() {
  return useQuery({
    queryKey: prepareKeys.answers,
    queryFn: ({ signal }) => api("/answers", { schema: z.array(AnswerView), signal }),
  });
}

export function useAnswer(key: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: prepareKeys.answer(key),
    queryFn: ({ signal }) => api(`/answers/${enc(key)}`, { schema: AnswerView, signal }),
    // The bank already holds every answer: open the editor without waiting.
    initialData: () =>
      queryClient.getQueryData<AnswerView[]>(prepareKeys.answers)?.find((a) => a.key === key),
    initialDataUpdatedAt: () => queryClient.getQueryState(prepareKeys.answers)?.dataUpdatedAt,
  });
}

export function useAnswerVersions(key: string, enabled: boolean) {
  return useQuery({
    queryKey: prepareKeys.versions(key),
    queryFn: ({ signal }) =>
      api(`/answers/${enc(key)}/versions`, { schema: z.array(AnswerVersionView), signal }),
    enabled,
  });
}

/** Saves an answer's text (a new version when it changed) and updates every cached copy. */
export function useSaveAnswer(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; title?: string }) =>
      api(`/answers/${enc(key)}`, { method: "PUT", body: input, schema: AnswerView }),
    onSuccess: (saved) => {
      queryClient.setQueryData(prepareKeys.answer(key), saved);
      queryClient.setQueryData<AnswerView[]>(prepareKeys.answers, (list) =>
        list?.map((a) => (a.key === key ? saved : a)),
      );
      void queryClient.invalidateQueries({ queryKey: prepareKeys.versions(key) });
      // Briefs quote the answers chosen for each meeting.
      void queryClient.invalidateQueries({ queryKey: prepareKeys.meetingPrep });
    },
  });
}

export function useCreateAnswer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { title: string; text?: string }) =>
      api("/answers", { method: "POST", body: input, schema: AnswerView }),
    onSuccess: (created) => {
      queryClient.setQueryData(prepareKeys.answer(created.key), created);
      void queryClient.invalidateQueries({ queryKey: prepareKeys.answers });
    },
  });
}

export function useDeleteAnswer(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/answers/${enc(key)}`, { method: "DELETE" }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: prepareKeys.answer(key) });
      void queryClient.invalidateQueries({ queryKey: prepareKeys.answers });
      void queryClient.invalidateQueries({ queryKey: prepareKeys.meetingPrep });
    },
  });
}

// ── Meetings being prepared ─────────────────────────────────────────────────────────────

const UPCOMING_LIMIT = 8;

/**
 * The next meetings and each one's brief (people, organization, questions with findings),
 * one request per meeting: the API has no prep summary for a list of meetings yet.
 */
export function useUpcomingPrep() {
  const meetings = useQuery({
    queryKey: prepareKeys.upcoming,
    queryFn: ({ signal }) =>
      api(`/meetings?when=upcoming&status=planned&limit=${UPCOMING_LIMIT}`, {
        schema: z.array(MeetingView),
        signal,
      }),
  });
  const briefs = useQueries({
    queries: (meetings.data ?? []).map((m) => briefQuery(m.id)),
  });
  return { meetings, briefs };
}

function briefQuery(id: string) {
  return {
    queryKey: prepareKeys.brief(id),
    queryFn: ({ signal }: { signal: AbortSignal }) =>
      api(`/meetings/${enc(id)}/brief`, { schema: MeetingBriefView, signal }),
  };
}

export function useMeetingBrief(id: string) {
  return useQuery(briefQuery(id));
}

export function useMeetingQuestions(id: string) {
  return useQuery({
    queryKey: prepareKeys.questions(id),
    queryFn: ({ signal }) =>
      api(`/meetings/${enc(id)}/questions`, { schema: MeetingQuestionsView, signal }),
    // The list is edited in place; a refetch on focus would only race the user's edits.
    refetchOnWindowFocus: false,
  });
}

/** Saves the whole list in the order given (drag-to-reorder saves the new order). */
export function useSaveQuestions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (texts: string[]) =>
      api(`/meetings/${enc(id)}/questions`, {
        method: "PUT",
        body: { questions: texts.map((text) => ({ text })) },
        schema: MeetingQuestionsView,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(prepareKeys.questions(id), saved);
      void queryClient.invalidateQueries({ queryKey: prepareKeys.brief(id) });
      void queryClient.invalidateQueries({ queryKey: prepareKeys.upcoming });
    },
  });
}

export function useQuestionPlan(id: string, enabled: boolean) {
  return useQuery({
    queryKey: prepareKeys.plan(id),
    queryFn: ({ signal }) =>
      api(`/meetings/${enc(id)}/questions/plan`, { schema: z.array(PlanItemView), signal }),
    enabled,
  });
}

export function usePrep(id: string) {
  return useQuery({
    queryKey: prepareKeys.prep(id),
    queryFn: ({ signal }) => api(`/meetings/${enc(id)}/prep`, { schema: PrepView, signal }),
  });
}

type PrepPatch = { answerKeys?: string[]; checklist?: Record<string, boolean> };

/** Chooses answers to rehearse and ticks the M5 checklist; shown at once, undone on failure. */
export function usePatchPrep(id: string) {
  const queryClient = useQueryClient();
  const key = prepareKeys.prep(id);
  return useMutation({
    mutationFn: (patch: PrepPatch) =>
      api(`/meetings/${enc(id)}/prep`, { method: "PATCH", body: patch, schema: PrepView }),
    onMutate: async (patch) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<PrepState>(key);
      if (previous) {
        queryClient.setQueryData<PrepState>(key, {
          answerKeys: patch.answerKeys ?? previous.answerKeys,
          checklist: { ...previous.checklist, ...patch.checklist },
        });
      }
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSuccess: (saved) => queryClient.setQueryData(key, saved),
    onSettled: () => queryClient.invalidateQueries({ queryKey: prepareKeys.brief(id) }),
  });
}
