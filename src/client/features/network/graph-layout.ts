import dagre from "@dagrejs/dagre";
import { type Edge, MarkerType, type Node } from "@xyflow/react";
import { edgeLook } from "./edge-look.ts";
import type { GraphModel, GraphPerson } from "./graph-model.ts";
import { YOU } from "./graph-model.ts";

export const PERSON_SIZE = { width: 180, height: 64 };
const YOU_SIZE = { width: 84, height: 44 };

export type PersonNodeData = { person: GraphPerson };
export type PersonFlowNode = Node<PersonNodeData, "person">;
export type YouFlowNode = Node<Record<string, never>, "you">;
export type FlowNode = PersonFlowNode | YouFlowNode;

/** Positions the graph left to right with dagre: You on the left, decision-makers rightmost. */
export function layoutGraph(model: GraphModel): { nodes: FlowNode[]; edges: Edge[] } {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "LR", nodesep: 16, ranksep: 56, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  // dagre writes each node's position into its label object: every node needs its own.
  for (const node of model.nodes) g.setNode(node.id, { ...(node.person ? PERSON_SIZE : YOU_SIZE) });
  for (const edge of model.edges) g.setEdge(edge.source, edge.target);
  dagre.layout(g);

  const nodes = model.nodes.map((node): FlowNode => {
    const size = node.person ? PERSON_SIZE : YOU_SIZE;
    const { x, y } = g.node(node.id);
    // dagre gives centres; React Flow places nodes by their top-left corner.
    const position = { x: x - size.width / 2, y: y - size.height / 2 };
    return node.person
      ? {
          id: node.id,
          type: "person",
          position,
          data: { person: node.person },
          ...size,
          // Nodes are neither selectable nor draggable, so React Flow would let clicks fall
          // through to the pane; the link inside each node must get them.
          style: { pointerEvents: "all" },
        }
      : { id: YOU, type: "you", position, data: {}, ...size };
  });
  const edges = model.edges.map((edge): Edge => {
    const look = edgeLook[edge.status];
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: "default",
      markerEnd: { type: MarkerType.ArrowClosed, color: look.color, width: 16, height: 16 },
      style: {
        stroke: look.color,
        strokeWidth: edge.status === "made" ? 2.5 : 2,
        strokeDasharray: look.dash,
        opacity: look.opacity,
      },
    };
  });
  return { nodes, edges };
}
