import type { QueryClient } from "@tanstack/react-query";
import { queryKeys } from "./query-keys.ts";

type Changed = "person" | "organization" | "meeting" | "introduction";

// What each kind of change makes stale, beyond its own lists: people show their
// organization's name and their last meeting; organizations count their people; paths and
// the funnel are computed from people, meetings and introductions together (M1, M2).
const stales: Record<Changed, ReadonlyArray<readonly string[]>> = {
  person: [queryKeys.people, queryKeys.organizations, queryKeys.meetings, queryKeys.network],
  organization: [queryKeys.organizations, queryKeys.people, queryKeys.network],
  meeting: [queryKeys.meetings, queryKeys.people, queryKeys.introductions, queryKeys.network],
  introduction: [queryKeys.introductions, queryKeys.people, queryKeys.network],
};

/** Marks what a change touched as stale; only the queries on screen refetch at once. */
export function invalidateAfter(queryClient: QueryClient, changed: Changed) {
  return Promise.all(
    stales[changed].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
  );
}
