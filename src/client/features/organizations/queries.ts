import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { z } from "zod";
import { type OrganizationInput, OrganizationView } from "../../../shared/api/network.ts";
import { api } from "../../lib/api.ts";
import { invalidateAfter } from "../network/invalidate.ts";
import { fetchPage } from "../network/paged-api.ts";
import { queryKeys, withQuery } from "../network/query-keys.ts";

export type OrganizationFilters = { q?: string; tag?: string };

/** The organizations list, a page at a time ("Show more"). */
export function useOrganizationsInfinite(filters: OrganizationFilters) {
  const params = { ...filters, limit: "50" };
  return useInfiniteQuery({
    queryKey: queryKeys.organizationList(params),
    queryFn: ({ pageParam, signal }) =>
      fetchPage(
        withQuery("/organizations", { ...params, cursor: pageParam }),
        OrganizationView,
        signal,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** The first matches of a search, for pickers. */
export function useOrganizationSearch(q: string) {
  const params = { q, limit: "20" };
  return useQuery({
    queryKey: queryKeys.organizationList(params),
    queryFn: ({ signal }) =>
      api(withQuery("/organizations", params), { schema: z.array(OrganizationView), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.organization(id ?? ""),
    queryFn: ({ signal }) =>
      api(`/organizations/${encodeURIComponent(id ?? "")}`, { schema: OrganizationView, signal }),
    enabled: Boolean(id),
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganizationInput) =>
      api("/organizations", { method: "POST", body: input, schema: OrganizationView }),
    onSuccess: () => invalidateAfter(queryClient, "organization"),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: Partial<OrganizationInput>) =>
      api(`/organizations/${encodeURIComponent(id)}`, {
        method: "PATCH",
        body: patch,
        schema: OrganizationView,
      }),
    onSuccess: () => invalidateAfter(queryClient, "organization"),
  });
}

export function useDeleteOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api(`/organizations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => invalidateAfter(queryClient, "organization"),
  });
}
