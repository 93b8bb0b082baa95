import "@xyflow/react/dist/style.css";
import { useComputedColorScheme } from "@mantine/core";
import { Background, Controls, type NodeTypes, ReactFlow } from "@xyflow/react";
import { useMemo } from "react";
import { layoutGraph } from "./graph-layout.ts";
import type { GraphModel } from "./graph-model.ts";
import { PersonNode, YouNode } from "./PersonNode.tsx";
import classes from "./ReferralGraph.module.css";

const nodeTypes: NodeTypes = { person: PersonNode, you: YouNode };

/**
 * The referral graph drawn with React Flow, laid out by dagre. Nodes are links (Tab,
 * Enter); the path list beside it says the same in words for screen readers.
 */
export function ReferralGraph({ model }: { model: GraphModel }) {
  const scheme = useComputedColorScheme("light");
  const { nodes, edges } = useMemo(() => layoutGraph(model), [model]);
  return (
    <div className={classes.canvas}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        colorMode={scheme}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.1 }}
        minZoom={0.1}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        // The link inside each node takes focus; a focusable wrapper would be a second stop.
        nodesFocusable={false}
        edgesFocusable={false}
        panOnScroll={false}
        zoomOnScroll={false}
        preventScrolling={false}
      >
        <Background gap={20} />
        <Controls showInteractive={false} position="top-right" />
      </ReactFlow>
    </div>
  );
}
