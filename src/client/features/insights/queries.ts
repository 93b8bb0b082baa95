import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { InsightView } from "../../../shared/api/followups.ts";
import { api } from "../../lib/api.ts";
import { cleanParams, withQuery } from "../network/query-keys.ts";

export type InsightFilters = {
  q?: string;
  tag?: string;
  personId?: string;
  organizationId?: string;
  meetingId?: string;
};

export const insightKeys = {
  all: ["insights"] as const,
  list: (params: Record<string, string>) => ["insights", "list", params] as const,
};

/** M13: what was learned, best match first when searching, newest first otherwise. */
export function useInsights(filters: InsightFilters, limit = 50) {
  const params = cleanParams({ ...filters, limit: String(limit) });
  return useQuery({
    queryKey: insightKeys.list(params),
    queryFn: ({ signal }) =>
      api(withQuery("/insights", params), { schema: z.array(InsightView), signal }),
    placeholderData: keepPreviousData,
  });
}

/**
 * The tags in use, most used first, for the filter and for suggestions while tagging. There
 * is no tag endpoint: they are read from the latest 200 insights.
 */
export function useInsightTags() {
  const latest = useInsights({}, 200);
  const counts = new Map<string, number>();
  for (const insight of latest.data ?? []) {
    for (const tag of insight.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const tags = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { tags: tags.map(([tag]) => tag), total: latest.data?.length ?? 0, query: latest };
}
