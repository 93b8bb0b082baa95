import { Group, Text } from "@mantine/core";
import { edgeLook } from "./edge-look.ts";
import type { EdgeStatus } from "./graph-model.ts";

const entries: { status: EdgeStatus; label: string }[] = [
  { status: "made", label: "Introduction made" },
  { status: "offered", label: "Offered or asked" },
  { status: "to-ask", label: "To ask for" },
  { status: "declined", label: "Declined" },
];

function Line({ status }: { status: EdgeStatus }) {
  const look = edgeLook[status];
  return (
    <svg width="32" height="8" aria-hidden="true" style={{ opacity: look.opacity }}>
      <line
        x1="1"
        y1="4"
        x2="31"
        y2="4"
        stroke={look.color}
        strokeWidth="2.5"
        strokeDasharray={look.dash}
      />
    </svg>
  );
}

/** What the line styles and node borders mean. */
export function GraphLegend() {
  return (
    <Group
      gap="md"
      mt="sm"
      fz="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: "none" }}
      aria-label="Legend"
    >
      {entries.map((e) => (
        <Group component="li" key={e.status} gap={6} wrap="nowrap">
          <Line status={e.status} />
          <Text fz="xs">{e.label}</Text>
        </Group>
      ))}
      <Group component="li" gap={6} wrap="nowrap">
        <span
          aria-hidden="true"
          style={{
            width: 18,
            height: 12,
            borderRadius: 3,
            border: "2.5px solid var(--mantine-color-orange-6)",
          }}
        />
        <Text fz="xs">Can hire</Text>
      </Group>
      <Group component="li" gap={6} wrap="nowrap">
        <span
          aria-hidden="true"
          style={{
            width: 18,
            height: 12,
            borderRadius: 3,
            border: "1.5px dashed var(--mantine-color-gray-6)",
          }}
        />
        <Text fz="xs">Not met yet</Text>
      </Group>
    </Group>
  );
}
