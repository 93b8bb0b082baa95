import { useSearchParams } from "react-router";
import type { PeopleFilters } from "./queries.ts";

const sorts = ["name", "recent", "updated", "contacted"] as const;
type Sort = (typeof sorts)[number];
const isSort = (value: string | null): value is Sort => sorts.some((s) => s === value);

/**
 * The people list's search, filters and sort live in the URL, so a search can be bookmarked,
 * shared with a coach, and survives going to a person and back.
 */
export function usePeopleParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const canHire = searchParams.get("canHire");
  const sort = searchParams.get("sort");
  const filters: PeopleFilters = {
    q: searchParams.get("q") ?? undefined,
    organizationId: searchParams.get("organizationId") ?? undefined,
    tag: searchParams.get("tag") ?? undefined,
    canHire: canHire === "true" || canHire === "false" ? canHire : undefined,
    sort: isSort(sort) ? sort : undefined,
  };

  const setFilter = (name: keyof PeopleFilters, value: string | null | undefined) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      // Typing a search should not add a history entry per keystroke.
      { replace: true },
    );
  };

  const isFiltered = Boolean(filters.q || filters.organizationId || filters.tag || filters.canHire);
  return { filters, setFilter, isFiltered };
}
