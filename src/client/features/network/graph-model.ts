import type {
  DecisionMakerPath,
  IntroductionStatus,
  IntroductionView,
} from "../../../shared/api/network.ts";

/** What the graph shows of a person. */
export type GraphPerson = {
  id: string;
  name: string;
  organizationName: string | null;
  canHire: boolean;
  /** A meeting with them was held. */
  met: boolean;
  deleted: boolean;
};

export type EdgeStatus = IntroductionStatus | "known";
export type GraphNode = { id: string; person: GraphPerson | null };
export type GraphEdge = { id: string; source: string; target: string; status: EdgeStatus };
export type GraphModel = { nodes: GraphNode[]; edges: GraphEdge[] };

/** The job seeker, at the root of every chain. */
export const YOU = "you";

// When two introductions link the same two people, the one furthest along is drawn.
const rank: Record<IntroductionStatus, number> = {
  declined: 0,
  "to-ask": 1,
  offered: 2,
  asked: 3,
  made: 4,
};

function strongest(intros: IntroductionView[]) {
  const byPair = new Map<string, IntroductionView>();
  for (const i of intros) {
    const key = `${i.fromPersonId}>${i.toPersonId}`;
    const seen = byPair.get(key);
    if (!seen || rank[i.status] > rank[seen.status]) byPair.set(key, i);
  }
  return byPair;
}

const unknownPerson = (id: string): GraphPerson => ({
  id,
  name: "…",
  organizationName: null,
  canHire: false,
  met: false,
  deleted: false,
});

/**
 * The referral graph rooted at "You" (M2). `whole`: every introduction and the people on
 * them, each person nobody introduced linked from You; otherwise only the union of the given
 * decision-maker paths (for networks too big to draw whole). Declined introductions are
 * kept (drawn faint) in the whole graph; paths never follow them.
 */
export function buildGraph(input: {
  mode: "whole" | "paths";
  people: Map<string, GraphPerson>;
  introductions: IntroductionView[];
  paths: DecisionMakerPath[];
}): GraphModel {
  const pairs = strongest(input.introductions);
  const nodeIds = new Set<string>();
  const edges = new Map<string, GraphEdge>();
  const addEdge = (source: string, target: string, status: EdgeStatus) => {
    const id = `${source}>${target}`;
    if (!edges.has(id)) edges.set(id, { id, source, target, status });
  };

  for (const path of input.paths) {
    path.path.forEach((id, index) => {
      nodeIds.add(id);
      const previous = index === 0 ? YOU : path.path[index - 1];
      if (!previous) return;
      const status = previous === YOU ? "known" : pairs.get(`${previous}>${id}`)?.status;
      addEdge(previous, id, status ?? "offered");
    });
  }

  if (input.mode === "whole") {
    const introduced = new Set<string>();
    for (const i of pairs.values()) {
      nodeIds.add(i.fromPersonId);
      nodeIds.add(i.toPersonId);
      addEdge(i.fromPersonId, i.toPersonId, i.status);
      if (i.status !== "declined") introduced.add(i.toPersonId);
    }
    for (const id of nodeIds) if (!introduced.has(id)) addEdge(YOU, id, "known");
  }

  const nodes: GraphNode[] = [{ id: YOU, person: null }];
  for (const id of nodeIds) nodes.push({ id, person: input.people.get(id) ?? unknownPerson(id) });
  return { nodes, edges: [...edges.values()] };
}
