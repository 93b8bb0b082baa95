import type { DecisionMakerPath } from "../../../shared/api/network.ts";
import type { Db } from "../../db/connect.ts";
import { derivedJson } from "../../db/derived.ts";
import {
  decisionMakers,
  decisionMakerTargets,
  peopleTargets,
  shortestChains,
  unreachedTargetOrganizations,
} from "./repo.ts";

/**
 * For every decision-maker (M1), the shortest chain of introductions from someone the job
 * seeker knew directly (M2). A decision-maker that no chain reaches (only a cycle of
 * introductions leads to them) is left out.
 */
export async function decisionMakerPaths(db: Db, ws: string): Promise<DecisionMakerPath[]> {
  const [dms, chains] = await Promise.all([
    decisionMakers(db, ws),
    shortestChains(db, ws, decisionMakerTargets(ws)),
  ]);
  const byTarget = new Map(chains.map((c) => [c.targetId, c]));
  return dms.flatMap((dm) => {
    const chain = byTarget.get(dm.id);
    if (!chain) return [];
    return [
      {
        decisionMakerId: dm.id,
        organizationId: dm.organizationId,
        met: dm.met,
        path: chain.path,
        hops: chain.path.length - 1,
        complete: chain.complete,
      },
    ];
  });
}

/** Target organizations with no decision-maker met: who is known inside, and how to reach them. */
export async function organizationPaths(db: Db, ws: string) {
  const orgs = await unreachedTargetOrganizations(db, ws);
  const ids = orgs.flatMap((o) => o.peopleIds);
  const chains = ids.length > 0 ? await shortestChains(db, ws, peopleTargets(ws, ids)) : [];
  const byTarget = new Map(chains.map((c) => [c.targetId, c]));
  return orgs.map((o) => ({
    organizationId: o.organizationId,
    decisionMakerReached: false,
    people: o.peopleIds.flatMap((personId) => {
      const chain = byTarget.get(personId);
      return chain ? [{ personId, path: chain.path, hops: chain.path.length - 1 }] : [];
    }),
  }));
}

/**
 * The two views as served: JSON documents stored per network version, so reading them again
 * costs one row until people, organizations, meetings or introductions change.
 */
export const decisionMakerPathsJson = (db: Db, ws: string) =>
  derivedJson(db, ws, "paths/decision-makers@1", () => decisionMakerPaths(db, ws));

export const organizationPathsJson = (db: Db, ws: string) =>
  derivedJson(db, ws, "paths/organizations@1", () => organizationPaths(db, ws));
