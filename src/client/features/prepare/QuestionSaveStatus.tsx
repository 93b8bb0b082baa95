import { Button, Group, Loader, Text } from "@mantine/core";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";

type Props = { count: number; saving: boolean; error: unknown; onRetry: () => void };

/** Whether the list on screen is the one saved (and printed on the brief). */
export function QuestionSaveStatus({ count, saving, error, onRetry }: Props) {
  if (error != null) {
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
    <Group gap={6} mt="sm" role="status" aria-live="polite" mih={22}>
      {saving && <Loader size={14} aria-hidden="true" />}
      <Text fz="sm" c="dimmed">
        {saving
          ? "Saving…"
          : count === 0
            ? "Questions save as you change them."
            : `Saved · ${count} question${count === 1 ? "" : "s"}, in this order`}
      </Text>
    </Group>
  );
}
