import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  DecisionMakerPath,
  Funnel,
  type IntroductionInput,
  type IntroductionPatch,
  IntroductionView,
  OrganizationPaths,
  PersonView,
} from "../../../shared/api/network.ts";
import { api } from "../../lib/api.ts";
import { invalidateAfter } from "./invalidate.ts";
import { fetchPage } from "./paged-api.ts";
import { queryKeys, withQuery } from "./query-keys.ts";

export function useDecisionMakerPaths() {
  return useQuery({
    queryKey: queryKeys.decisionMakerPaths,
    queryFn: ({ signal }) =>
      api("/paths/decision-makers", { schema: z.array(DecisionMakerPath), signal }),
  });
}

export function useOrganizationPaths() {
  return useQuery({
    queryKey: queryKeys.organizationPaths,
    queryFn: ({ signal }) =>
      api("/paths/organizations", { schema: z.array(OrganizationPaths), signal }),
  });
}

export function useFunnel() {
  return useQuery({
    queryKey: queryKeys.funnel,
    queryFn: ({ signal }) => api("/funnel", { schema: Funnel, signal }),
  });
}

/** Up to this many people, the graph shows the whole introduction network. */
export const WHOLE_GRAPH_LIMIT = 500;

/**
 * The first page of people, big enough to hold a whole small network. `complete` tells
 * whether it holds everyone; a bigger network is drawn from its paths only.
 */
export function useGraphPeople() {
  return useQuery({
    queryKey: queryKeys.graphPeople,
    queryFn: async ({ signal }) => {
      const page = await fetchPage(
        withQuery("/people", { limit: String(WHOLE_GRAPH_LIMIT) }),
        PersonView,
        signal,
      );
      return { people: page.items, complete: page.nextCursor === null };
    },
  });
}

export type IntroductionFilters = { personId?: string; meetingId?: string };

export function useIntroductions(filters: IntroductionFilters, enabled = true) {
  const params = { ...filters };
  return useQuery({
    queryKey: queryKeys.introductionList(params),
    queryFn: ({ signal }) =>
      api(withQuery("/introductions", params), { schema: z.array(IntroductionView), signal }),
    enabled,
  });
}

export function useCreateIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof IntroductionInput>) =>
      api("/introductions", { method: "POST", body: input, schema: IntroductionView }),
    onSuccess: () => invalidateAfter(queryClient, "introduction"),
  });
}

export function useUpdateIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: z.input<typeof IntroductionPatch> }) =>
      api(`/introductions/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: patch,
        schema: IntroductionView,
      }),
    onSuccess: () => invalidateAfter(queryClient, "introduction"),
  });
}

export function useDeleteIntroduction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api(`/introductions/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => invalidateAfter(queryClient, "introduction"),
  });
}
