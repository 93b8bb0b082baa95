import { type QueryClient, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { FollowUpView } from "../../../shared/api/followups.ts";
import { MeetingView } from "../../../shared/api/network.ts";
import { api } from "../../lib/api.ts";
import { queryKeys } from "../network/query-keys.ts";

/**
 * The answer of GET /agenda. It mirrors `AgendaView` in the server's agenda routes, which is
 * not in src/shared yet (the client may not import server code).
 */
const MeetingItem = z.object({
  meeting: MeetingView,
  peopleNames: z.array(z.string()),
  prep: z.object({ questions: z.number(), forbidden: z.number(), answersWritten: z.number() }),
});
export type MeetingItem = z.infer<typeof MeetingItem>;

export const AgendaView = z.object({
  today: z.string(),
  overdue: z.array(FollowUpView),
  dueToday: z.array(FollowUpView),
  thisWeek: z.array(FollowUpView),
  stayInTouch: z.object({ count: z.number(), items: z.array(FollowUpView) }),
  /** How many each list holds in all, when the server shows only the first ones. */
  counts: z.object({ overdue: z.number(), dueToday: z.number(), thisWeek: z.number() }).optional(),
  upcomingMeetings: z.array(MeetingItem),
  awaitingDebrief: z.array(MeetingItem),
  searchActive: z.boolean(),
});
export type AgendaView = z.infer<typeof AgendaView>;

export const followUpKeys = {
  all: ["followups"] as const,
  agenda: ["followups", "agenda"] as const,
  detail: (id: string) => ["followups", "detail", id] as const,
  person: (personId: string) => ["followups", "person", personId] as const,
  /** Debriefs list the follow-ups they led to, so they go stale with them. */
  debriefs: ["debriefs"] as const,
};

const path = (id: string) => `/followups/${encodeURIComponent(id)}`;

/** Whatever shows follow-ups: the agenda, each one's detail, the debriefs, people's timelines. */
export function invalidateFollowUps(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: followUpKeys.all }),
    queryClient.invalidateQueries({ queryKey: followUpKeys.debriefs }),
    queryClient.invalidateQueries({ queryKey: queryKeys.people }),
  ]);
}

export function useAgenda() {
  return useQuery({
    queryKey: followUpKeys.agenda,
    queryFn: ({ signal }) => api("/agenda", { schema: AgendaView, signal }),
  });
}

/**
 * One person's follow-ups, soonest first, whatever their status (the person page). The
 * server's largest page: a monthly note for years still fits, so nothing open is cut off.
 */
export function usePersonFollowUps(personId: string) {
  return useQuery({
    queryKey: followUpKeys.person(personId),
    queryFn: ({ signal }) =>
      api(`/followups?personId=${encodeURIComponent(personId)}&limit=1000`, {
        schema: z.array(FollowUpView),
        signal,
      }),
  });
}

const inFlight = new Set(["queued", "sending"]);

/**
 * One follow-up. While its message is on its way the server's outbox is polled: queued →
 * sending → sent, or failed (retried by the server with backoff, so keep looking, slower).
 */
export function useFollowUp(id: string, initial?: FollowUpView) {
  return useQuery({
    queryKey: followUpKeys.detail(id),
    queryFn: ({ signal }) => api(path(id), { schema: FollowUpView, signal }),
    initialData: initial,
    staleTime: 5_000,
    refetchInterval: (query) => {
      const status = query.state.data?.message?.status;
      if (status && inFlight.has(status)) return 1_500;
      return status === "failed" ? 10_000 : false;
    },
  });
}

export type FollowUpPatch = {
  status?: "done" | "skipped" | "due";
  snoozeUntil?: string;
  draft?: { subject: string; body: string } | null;
};

export function useUpdateFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: FollowUpPatch }) =>
      api(path(id), { method: "PATCH", body: patch, schema: FollowUpView }),
    onSuccess: (view) => {
      queryClient.setQueryData(followUpKeys.detail(view.id), view);
      return invalidateFollowUps(queryClient);
    },
  });
}

/** Queues the draft in the server's outbox (202); 409 `smtp_not_configured` without SMTP. */
export function useSendFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api(`${path(id)}/send`, { method: "POST", schema: FollowUpView }),
    onSuccess: (view) => {
      queryClient.setQueryData(followUpKeys.detail(view.id), view);
      return invalidateFollowUps(queryClient);
    },
  });
}

/** Records a message sent from the user's own mail program; the follow-up is done. */
export function useMarkSent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`${path(id)}/mark-sent`, { method: "POST", schema: FollowUpView }),
    onSuccess: (view) => {
      queryClient.setQueryData(followUpKeys.detail(view.id), view);
      return invalidateFollowUps(queryClient);
    },
  });
}

/** A follow-up of one's own (kind custom), with or without a draft. */
export function useCreateFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      personId: string;
      dueOn: string;
      draft?: { subject: string; body: string };
    }) => api("/followups", { method: "POST", body: input, schema: FollowUpView }),
    onSuccess: () => invalidateFollowUps(queryClient),
  });
}
