import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { z } from "zod";
import { type MeetingInput, type MeetingPatch, MeetingView } from "../../../shared/api/network.ts";
import { api } from "../../lib/api.ts";
import { invalidateAfter } from "../network/invalidate.ts";
import { fetchPage } from "../network/paged-api.ts";
import { queryKeys, withQuery } from "../network/query-keys.ts";

export type MeetingFilters = {
  when?: "upcoming" | "past" | "all";
  personId?: string;
  organizationId?: string;
};

/** Meetings a page at a time; upcoming soonest first, past most recent first (the server's order). */
export function useMeetingsInfinite(filters: MeetingFilters, pageSize = 30) {
  const params = { ...filters, limit: String(pageSize) };
  return useInfiniteQuery({
    queryKey: queryKeys.meetingList(params),
    queryFn: ({ pageParam, signal }) =>
      fetchPage(withQuery("/meetings", { ...params, cursor: pageParam }), MeetingView, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: queryKeys.meeting(id),
    queryFn: ({ signal }) =>
      api(`/meetings/${encodeURIComponent(id)}`, { schema: MeetingView, signal }),
  });
}

export function useCreateMeeting() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MeetingInput) =>
      api("/meetings", { method: "POST", body: input, schema: MeetingView }),
    onSuccess: () => invalidateAfter(queryClient, "meeting"),
  });
}

export function useUpdateMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: z.input<typeof MeetingPatch>) =>
      api(`/meetings/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: patch,
        schema: MeetingView,
      }),
    onSuccess: () => invalidateAfter(queryClient, "meeting"),
  });
}

export function useDeleteMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/meetings/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => invalidateAfter(queryClient, "meeting"),
  });
}
