import { Button, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { formatBytes, peopleCount } from "./import-file.ts";
import type { ImportTransfer } from "./use-import-flow.ts";

type Props = {
  transfer: ImportTransfer;
  fileName: string;
  /** How many people the commit creates, from the preview. */
  creating: number;
  onCancel: () => void;
};

/**
 * The upload's real progress (bytes sent), then an indeterminate bar while the server reads
 * the file. A commit cannot be cancelled once its bytes have all left: the server writes it
 * in one transaction whatever the page does.
 */
export function TransferCard({ transfer, fileName, creating, onCancel }: Props) {
  const { mode, loaded, total, sent } = transfer;
  const percent = total > 0 ? Math.min(100, Math.round((loaded / total) * 100)) : 0;
  const title = mode === "preview" ? `Checking ${fileName}` : `Importing ${fileName}`;
  // The live region announces stages only; the bar carries the percentage.
  const stage = !sent
    ? "Uploading…"
    : mode === "preview"
      ? "Reading the file…"
      : creating > 0
        ? `Saving ${peopleCount(creating)}…`
        : "Saving…";
  const cancellable = mode === "preview" || !sent;

  return (
    <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }}>
      <Stack gap="md">
        <Title order={2} fz="lg" style={{ overflowWrap: "anywhere" }}>
          {title}
        </Title>
        <Group justify="space-between" gap="xs">
          <Text fw={500} role="status" aria-live="polite">
            {stage}
          </Text>
          {!sent && (
            <Text fz="sm" c="dimmed" aria-hidden="true">
              {percent}% · {formatBytes(loaded)} of {formatBytes(total)}
            </Text>
          )}
        </Group>
        {sent ? (
          // Indeterminate: the server does not report how far it is, so no number is claimed.
          <Progress value={100} striped animated size="lg" aria-hidden="true" />
        ) : (
          <Progress
            value={percent}
            size="lg"
            aria-label="Upload progress"
            transitionDuration={150}
          />
        )}
        {cancellable ? (
          <Group>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        ) : (
          <Text fz="sm" c="dimmed">
            All or nothing: the import finishes on its own.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
