import { Button, Group, Loader, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import type { AutosaveStatus } from "./use-autosave.ts";

type Props = {
  status: AutosaveStatus;
  error: unknown;
  version: number;
  onRetry: () => void;
};

/** "Saved · version N", announced politely so that a screen reader hears each save. */
export function SaveStatus({ status, error, version, onRetry }: Props) {
  if (status === "error") {
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
    <Group gap={6} role="status" aria-live="polite" mih={22}>
      {status === "saving" && <Loader size={14} aria-hidden="true" />}
      {status === "saved" && version > 0 && (
        <IconCircleCheck size={16} aria-hidden="true" color="var(--mantine-color-teal-text)" />
      )}
      <Text fz="sm" c="dimmed">
        {status === "saving"
          ? "Saving…"
          : status === "pending"
            ? "Unsaved changes"
            : version === 0
              ? "Not written yet · saved automatically as you type"
              : `Saved · version ${version}`}
      </Text>
    </Group>
  );
}
