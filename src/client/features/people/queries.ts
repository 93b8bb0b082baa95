import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQueries,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useMemo } from "react";
import { z } from "zod";
import {
  IntroductionView,
  MeetingView,
  OrganizationView,
  type PersonInput,
  PersonView,
} from "../../../shared/api/network.ts";
import { api } from "../../lib/api.ts";
import { invalidateAfter } from "../network/invalidate.ts";
import { fetchPage } from "../network/paged-api.ts";
import { queryKeys, withQuery } from "../network/query-keys.ts";

/**
 * The answer of GET /people/{id}/overview. It mirrors `PersonOverview` in the server's
 * people routes, which is not in src/shared yet (the client may not import server code).
 */
export const PersonOverview = z.object({
  person: PersonView,
  organization: OrganizationView.nullable(),
  meetings: z.array(MeetingView),
  introductionsIn: z.array(IntroductionView),
  introductionsOut: z.array(IntroductionView),
  related: z.array(z.object({ id: z.string(), name: z.string(), deleted: z.boolean() })),
});
export type PersonOverview = z.infer<typeof PersonOverview>;

export type PeopleFilters = {
  q?: string;
  organizationId?: string;
  tag?: string;
  canHire?: "true" | "false";
  sort?: "name" | "recent" | "updated" | "contacted";
};

const PAGE_SIZE = "100";

/** Every page of the filtered people list, loaded page by page as the list scrolls. */
export function usePeopleInfinite(filters: PeopleFilters) {
  const params = { ...filters, limit: PAGE_SIZE };
  return useInfiniteQuery({
    queryKey: queryKeys.peopleList(params),
    queryFn: ({ pageParam, signal }) =>
      fetchPage(withQuery("/people", { ...params, cursor: pageParam }), PersonView, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // While a new search runs, keep showing the last rows instead of flashing empty.
    placeholderData: keepPreviousData,
  });
}

/** The first matches of a search, for pickers. */
export function usePeopleSearch(q: string, enabled = true) {
  const params = { q, limit: "20" };
  return useQuery({
    queryKey: queryKeys.peopleList(params),
    queryFn: ({ signal }) =>
      api(withQuery("/people", params), { schema: z.array(PersonView), signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** The people of one organization (the first 200, enough for any one employer). */
export function useOrganizationPeople(organizationId: string) {
  const params = { organizationId, limit: "200" };
  return useQuery({
    queryKey: queryKeys.peopleList(params),
    queryFn: ({ signal }) =>
      api(withQuery("/people", params), { schema: z.array(PersonView), signal }),
  });
}

/** The person page's data; also read, many at once, to draw a big network's paths. */
export const personOverviewQuery = (id: string) => ({
  queryKey: queryKeys.personOverview(id),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api(`/people/${encodeURIComponent(id)}/overview`, { schema: PersonOverview, signal }),
});

export function usePersonOverview(id: string) {
  return useQuery(personOverviewQuery(id));
}

const personQuery = (id: string) => ({
  queryKey: queryKeys.person(id),
  queryFn: ({ signal }: { signal: AbortSignal }) =>
    api(`/people/${encodeURIComponent(id)}`, { schema: PersonView, signal }),
  // Names and organizations change rarely; lists of meetings and paths read many at once.
  staleTime: 5 * 60_000,
});

/**
 * People by id, for views that hold only ids (meetings, paths). One request per person not
 * already cached: the API has no batch lookup yet.
 */
export function usePeopleByIds(ids: readonly string[]) {
  const unique = useMemo(() => [...new Set(ids)].sort(), [ids]);
  const results = useQueries({ queries: unique.map(personQuery) });
  const byId = new Map<string, PersonView>();
  for (const result of results) if (result.data) byId.set(result.data.id, result.data);
  const isLoading = results.some((r) => r.isPending);
  return { byId, isLoading };
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) =>
      api("/people", { method: "POST", body: input, schema: PersonView }),
    onSuccess: () => invalidateAfter(queryClient, "person"),
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<PersonInput>) =>
      api(`/people/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: patch,
        schema: PersonView,
      }),
    onSuccess: () => invalidateAfter(queryClient, "person"),
  });
}

export function useDeletePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/people/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => invalidateAfter(queryClient, "person"),
  });
}
