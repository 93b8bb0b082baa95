import { Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { formatDay } from "./labels.ts";
import { type FollowUpPatch, useUpdateFollowUp } from "./queries.ts";

/**
 * Done, skip and snooze, each one click and announced; done and skip offer Undo, since a
 * follow-up closed by mistake would otherwise drop off Today unseen.
 */
export function useFollowUpActions() {
  const update = useUpdateFollowUp();

  const apply = (f: FollowUpView, patch: FollowUpPatch, message: string, undoable: boolean) =>
    update.mutate(
      { id: f.id, patch },
      {
        onSuccess: () => {
          const id = `followup-${f.id}`;
          const undo = () => {
            notifications.hide(id);
            update.mutate({ id: f.id, patch: { status: "due" } });
          };
          notifications.show({
            id,
            color: "sea",
            autoClose: 7000,
            message: (
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fz="sm">{message}</Text>
                {undoable && (
                  <Button size="compact-sm" variant="subtle" onClick={undo}>
                    Undo
                  </Button>
                )}
              </Group>
            ),
          });
        },
        onError: (error) =>
          notifications.show({ color: "red", title: "Not changed", message: error.message }),
      },
    );

  return {
    pendingId: update.isPending ? update.variables?.id : undefined,
    done: (f: FollowUpView) => apply(f, { status: "done" }, `Done: ${f.personName}.`, true),
    skip: (f: FollowUpView) => apply(f, { status: "skipped" }, `Skipped: ${f.personName}.`, true),
    snooze: (f: FollowUpView, until: string) =>
      apply(f, { snoozeUntil: until }, `Snoozed until ${formatDay(until)}.`, false),
  };
}
