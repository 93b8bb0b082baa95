import { Text } from "@mantine/core";
import { Handle, type NodeProps, Position } from "@xyflow/react";
import { Link } from "react-router";
import { PERSON_SIZE, type PersonFlowNode } from "./graph-layout.ts";

const hidden = { opacity: 0, pointerEvents: "none" } as const;

/** A person in the graph: a link to their page; decision-makers ringed, the unmet dashed. */
export function PersonNode({ data }: NodeProps<PersonFlowNode>) {
  const { person } = data;
  const status = [person.canHire ? "can hire" : null, person.met ? "met" : "not met yet"]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      <Handle type="target" position={Position.Left} isConnectable={false} style={hidden} />
      <Link
        to={`/people/${person.id}`}
        className="network-node"
        data-can-hire={person.canHire || undefined}
        data-met={person.met || undefined}
        style={{ width: PERSON_SIZE.width, height: PERSON_SIZE.height }}
      >
        <Text fz="sm" fw={650} truncate td={person.deleted ? "line-through" : undefined}>
          {person.name}
        </Text>
        <Text fz="xs" c="dimmed" truncate>
          {person.organizationName ?? "\u00a0"}
        </Text>
        <Text fz="xs" fw={person.canHire ? 600 : 400} className="network-node-status" truncate>
          {status}
        </Text>
      </Link>
      <Handle type="source" position={Position.Right} isConnectable={false} style={hidden} />
    </>
  );
}

/** The job seeker: where every chain starts. */
export function YouNode() {
  return (
    <>
      <div className="network-you">You</div>
      <Handle type="source" position={Position.Right} isConnectable={false} style={hidden} />
    </>
  );
}
