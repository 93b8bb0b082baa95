import { Button, Group, Paper, Stack, Tabs, Text, Title } from "@mantine/core";
import { IconFileImport } from "@tabler/icons-react";
import { useState } from "react";
import type { ImportSummaryView } from "../../../shared/api/imports.ts";
import { ImportCounts } from "./ImportCounts.tsx";
import { CreatedTable, MergedTable, SkippedTable } from "./ImportRowTables.tsx";
import { peopleCount, rowCount } from "./import-file.ts";

type Props = {
  summary: ImportSummaryView;
  fileName: string;
  onCommit: () => void;
  onStartOver: () => void;
};

/** What the file would do, row by row, before anything is written. */
export function ImportPreview({ summary, fileName, onCommit, onStartOver }: Props) {
  const { created, merged, skipped } = summary;
  const rows = summary.rows ?? { created: [], merged: [] };
  const first = created > 0 ? "created" : merged > 0 ? "merged" : "skipped";
  const [tab, setTab] = useState<string | null>(first);
  const nothing = created === 0 && merged === 0;
  const action =
    created > 0 ? `Import ${peopleCount(created)}` : `Merge ${rowCount(merged)} into your people`;

  return (
    <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }}>
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg">
            Preview
          </Title>
          <Text fz="sm" c="dimmed" style={{ overflowWrap: "anywhere" }}>
            What {fileName} would do. Nothing is saved until you import. Merged rows fill in what is
            missing and never overwrite what you typed.
          </Text>
        </div>
        <ImportCounts summary={summary} />
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List>
            <Tabs.Tab value="created" disabled={created === 0}>
              New ({created.toLocaleString()})
            </Tabs.Tab>
            <Tabs.Tab value="merged" disabled={merged === 0}>
              Merged ({merged.toLocaleString()})
            </Tabs.Tab>
            <Tabs.Tab value="skipped" disabled={skipped.length === 0}>
              Skipped ({skipped.length.toLocaleString()})
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="created" pt="sm">
            <CreatedTable rows={rows.created} total={created} />
          </Tabs.Panel>
          <Tabs.Panel value="merged" pt="sm">
            <MergedTable rows={rows.merged} total={merged} />
          </Tabs.Panel>
          <Tabs.Panel value="skipped" pt="sm">
            <SkippedTable rows={skipped} />
          </Tabs.Panel>
        </Tabs>
        {nothing && (
          <Text>
            {skipped.length > 0
              ? "There is nobody to import in this file: every row is skipped."
              : "This file has no contacts in it."}
          </Text>
        )}
        <Group gap="sm">
          {!nothing && (
            <Button
              leftSection={<IconFileImport size={18} aria-hidden="true" />}
              onClick={onCommit}
            >
              {action}
            </Button>
          )}
          <Button variant="default" onClick={onStartOver}>
            Choose another file
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
