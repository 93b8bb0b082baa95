import { describe, expect, it } from "vitest";
import type { DecisionMakerPath, IntroductionView } from "../../../shared/api/network.ts";
import { buildGraph, type GraphPerson, YOU } from "./graph-model.ts";

const person = (id: string, canHire = false): GraphPerson => ({
  id,
  name: id.toUpperCase(),
  organizationName: null,
  canHire,
  met: false,
  deleted: false,
});

const intro = (
  from: string,
  to: string,
  status: IntroductionView["status"],
  id = `${from}-${to}-${status}`,
): IntroductionView => ({
  id,
  fromPersonId: from,
  toPersonId: to,
  meetingId: null,
  status,
  notes: "",
  offeredAt: null,
  toAskAt: null,
  askedAt: null,
  madeAt: null,
  declinedAt: null,
  createdAt: "2026-01-01T00:00:00Z",
  updatedAt: "2026-01-01T00:00:00Z",
});

const path = (ids: string[]): DecisionMakerPath => ({
  decisionMakerId: ids.at(-1) ?? "",
  organizationId: null,
  met: false,
  path: ids,
  hops: ids.length - 1,
  complete: false,
});

const people = new Map(["a", "b", "d", "x"].map((id) => [id, person(id, id === "d")]));

describe("buildGraph", () => {
  it("draws only the decision-maker paths, rooted at You, with each introduction's status", () => {
    const graph = buildGraph({
      mode: "paths",
      people,
      introductions: [
        intro("a", "b", "made"),
        intro("b", "d", "to-ask"),
        intro("a", "x", "offered"),
      ],
      paths: [path(["a", "b", "d"])],
    });
    expect(graph.nodes.map((n) => n.id)).toEqual([YOU, "a", "b", "d"]);
    expect(graph.edges.map((e) => `${e.source}>${e.target}:${e.status}`)).toEqual([
      "you>a:known",
      "a>b:made",
      "b>d:to-ask",
    ]);
  });

  it("draws the whole network: everyone nobody introduced hangs from You", () => {
    const graph = buildGraph({
      mode: "whole",
      people,
      introductions: [intro("a", "b", "offered"), intro("x", "b", "declined")],
      paths: [],
    });
    const edges = graph.edges.map((e) => `${e.source}>${e.target}:${e.status}`).sort();
    expect(edges).toEqual(["a>b:offered", "x>b:declined", "you>a:known", "you>x:known"]);
  });

  it("keeps the introduction furthest along when two link the same people", () => {
    const graph = buildGraph({
      mode: "whole",
      people,
      introductions: [intro("a", "b", "offered", "1"), intro("a", "b", "made", "2")],
      paths: [],
    });
    expect(graph.edges.find((e) => e.source === "a")?.status).toBe("made");
  });

  it("shows an unknown person as a placeholder rather than dropping them", () => {
    const graph = buildGraph({
      mode: "paths",
      people: new Map(),
      introductions: [],
      paths: [path(["q"])],
    });
    expect(graph.nodes[1]?.person?.name).toBe("…");
  });
});
