import { Button, Group, Loader, type MantineSpacing, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { ApiErrorAlert } from "./ApiErrorAlert.tsx";

type Props = {
  /** The last save failed: show its error and a way to try again. */
  failed: boolean;
  error: unknown;
  onRetry: () => void;
  saving: boolean;
  /** Show the check mark: what is on screen is saved. */
  saved?: boolean;
  text: string;
  mt?: MantineSpacing;
};

/** The line under an autosaved editor, announced politely so a screen reader hears each save. */
export function SaveStatusLine({ failed, error, onRetry, saving, saved, text, mt }: Props) {
  if (failed) {
    return (
      <ApiErrorAlert error={error}>
        <Button
          size="compact-sm"
          variant="light"
          color="red"
          mt="xs"
          onClick={onRetry}
          display="block"
        >
          Try again
        </Button>
      </ApiErrorAlert>
    );
  }
  return (
    <Group gap={6} mt={mt} role="status" aria-live="polite" mih={22}>
      {saving && <Loader size={14} aria-hidden="true" />}
      {saved && (
        <IconCircleCheck size={16} aria-hidden="true" color="var(--mantine-color-teal-text)" />
      )}
      <Text fz="sm" c="dimmed">
        {text}
      </Text>
    </Group>
  );
}
