import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCircleCheck, IconUsers } from "@tabler/icons-react";
import { Link } from "react-router";
import type { ImportSummaryView } from "../../../shared/api/imports.ts";
import { ImportCounts } from "./ImportCounts.tsx";
import { SkippedTable } from "./ImportRowTables.tsx";
import { peopleCount, rowCount } from "./import-file.ts";

type Props = { summary: ImportSummaryView; onAnother: () => void };

/** What the import wrote, with the way to the people it brought in. */
export function ImportDone({ summary, onAnother }: Props) {
  const { created, merged, skipped } = summary;
  const parts = [
    `${peopleCount(created)} added`,
    ...(merged > 0 ? [`${rowCount(merged)} merged into people you already had`] : []),
    ...(skipped.length > 0 ? [`${rowCount(skipped.length)} skipped`] : []),
  ];
  return (
    <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }}>
      <Stack gap="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon variant="light" size={40} radius="xl" aria-hidden="true">
            <IconCircleCheck size={24} />
          </ThemeIcon>
          <div>
            <Title order={2} fz="lg">
              Import complete
            </Title>
            <Text role="status">{`${parts.join(", ")}.`}</Text>
          </div>
        </Group>
        <ImportCounts summary={summary} done />
        {skipped.length > 0 && (
          <Stack gap="xs">
            <Title order={3} fz="md">
              Skipped rows
            </Title>
            <SkippedTable rows={skipped} />
          </Stack>
        )}
        <Group gap="sm">
          <Button
            component={Link}
            to="/people"
            leftSection={<IconUsers size={18} aria-hidden="true" />}
          >
            Go to People
          </Button>
          <Button variant="default" onClick={onAnother}>
            Import another file
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
