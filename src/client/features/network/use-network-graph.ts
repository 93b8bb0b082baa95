import { useQueries } from "@tanstack/react-query";
import { useMemo } from "react";
import type {
  DecisionMakerPath,
  IntroductionView,
  PersonView,
} from "../../../shared/api/network.ts";
import { type PersonOverview, personOverviewQuery } from "../people/queries.ts";
import { buildGraph, type GraphPerson } from "./graph-model.ts";
import { useDecisionMakerPaths, useGraphPeople, useIntroductions } from "./queries.ts";

const toGraphPerson = (p: PersonView): GraphPerson => ({
  id: p.id,
  name: p.name,
  organizationName: p.organizationName,
  canHire: p.canHire,
  met: p.lastContactedAt !== null,
  deleted: p.deletedAt !== null,
});

type OverviewResult = { data?: PersonOverview; isPending: boolean };

/** The people and introductions of many overviews; memoised by React Query while they hold. */
function combineOverviews(results: OverviewResult[]) {
  const introductions = new Map<string, IntroductionView>();
  for (const r of results)
    for (const i of r.data?.introductionsOut ?? []) introductions.set(i.id, i);
  return {
    people: results.flatMap((r) => (r.data ? [r.data.person] : [])),
    introductions: [...introductions.values()],
    pending: results.some((r) => r.isPending),
  };
}

/** Decision-makers not met yet first (the work to do), then by chain length. */
function byPriority(a: DecisionMakerPath, b: DecisionMakerPath) {
  return Number(a.met) - Number(b.met) || a.hops - b.hops;
}

/**
 * Everything the network page draws. A small network (everyone fits in one page of people)
 * is drawn whole; a big one only as the union of the first `limit` decision-maker paths, so
 * the browser never lays out 100,000 nodes.
 */
export function useNetworkGraph(limit: number) {
  const pathsQuery = useDecisionMakerPaths();
  const peopleQuery = useGraphPeople();
  const whole = peopleQuery.data?.complete === true;
  const allIntros = useIntroductions({}, whole);

  const sorted = useMemo(() => [...(pathsQuery.data ?? [])].sort(byPriority), [pathsQuery.data]);
  const shown = useMemo(() => (whole ? sorted : sorted.slice(0, limit)), [whole, sorted, limit]);
  const unionIds = useMemo(
    () => (whole || !peopleQuery.isSuccess ? [] : [...new Set(shown.flatMap((p) => p.path))]),
    [whole, peopleQuery.isSuccess, shown],
  );
  // A big network: each person on a shown path, with their introductions, in one call each.
  const overviews = useQueries({
    queries: unionIds.map(personOverviewQuery),
    combine: combineOverviews,
  });

  const ready =
    pathsQuery.isSuccess &&
    peopleQuery.isSuccess &&
    // After "show more", the graph stays on screen while the new people load ("…").
    (whole ? allIntros.isSuccess : !overviews.pending || overviews.people.length > 0);
  const { model, people } = useMemo(() => {
    const people = new Map<string, GraphPerson>();
    if (!ready) return { model: null, people };
    const source = whole ? (peopleQuery.data?.people ?? []) : overviews.people;
    for (const p of source) people.set(p.id, toGraphPerson(p));
    const introductions = whole ? (allIntros.data ?? []) : overviews.introductions;
    const mode = whole ? "whole" : "paths";
    return { model: buildGraph({ mode, people, introductions, paths: shown }), people };
  }, [ready, whole, shown, peopleQuery.data, allIntros.data, overviews]);

  return {
    model,
    whole,
    paths: shown,
    totalPaths: sorted.length,
    people,
    error: pathsQuery.error ?? peopleQuery.error ?? allIntros.error,
    isPending: !ready && !pathsQuery.isError && !peopleQuery.isError,
  };
}
