import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { ImportSummaryView } from "../../../shared/api/imports.ts";

type Props = { summary: ImportSummaryView; done?: boolean };

/** Three numbers: new people, rows merged into someone, rows left out. */
export function ImportCounts({ summary, done = false }: Props) {
  const counts = [
    { value: summary.created, label: done ? "Added" : "New" },
    { value: summary.merged, label: "Merged" },
    { value: summary.skipped.length, label: "Skipped" },
  ];
  return (
    <SimpleGrid cols={3} spacing="sm" component="dl" m={0}>
      {counts.map((count) => (
        <Paper key={count.label} withBorder radius="md" px="md" py="sm">
          <Text component="dt" fz="sm" c="dimmed">
            {count.label}
          </Text>
          <Text
            component="dd"
            m={0}
            fz={{ base: 24, sm: 28 }}
            fw={650}
            lh={1.2}
            style={{ fontVariantNumeric: "tabular-nums" }}
          >
            {count.value.toLocaleString()}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
