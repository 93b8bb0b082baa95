import { Group, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck } from "@tabler/icons-react";

const STEPS = ["Choose a file", "Preview", "Import"] as const;

/** Where the import is: step `active` (0-based); past the last one, everything is done. */
export function ImportSteps({ active }: { active: number }) {
  return (
    <Group
      component="ol"
      aria-label="Import steps"
      gap="md"
      m={0}
      p={0}
      mb="md"
      style={{ listStyle: "none" }}
    >
      {STEPS.map((label, index) => {
        const done = index < active;
        const current = index === active;
        return (
          <Group
            component="li"
            key={label}
            gap={8}
            wrap="nowrap"
            aria-current={current ? "step" : undefined}
          >
            <ThemeIcon
              size={26}
              radius="xl"
              variant={done || current ? "filled" : "default"}
              aria-hidden="true"
            >
              {done ? (
                <IconCheck size={16} />
              ) : (
                <Text component="span" fz="sm" fw={600}>
                  {index + 1}
                </Text>
              )}
            </ThemeIcon>
            <Text fz="sm" fw={current ? 600 : 400} c={current || done ? undefined : "dimmed"}>
              {label}
              {done && <VisuallyHidden> (done)</VisuallyHidden>}
            </Text>
          </Group>
        );
      })}
    </Group>
  );
}
