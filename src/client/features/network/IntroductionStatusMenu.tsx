import { ActionIcon, Menu } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconDotsVertical, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import type { IntroductionView } from "../../../shared/api/network.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { introductionStatus, introductionStatuses } from "./labels.ts";
import { useDeleteIntroduction, useUpdateIntroduction } from "./queries.ts";

type Props = { introduction: IntroductionView; description: string };

/** Moves an introduction along (offered → asked → made, M11), or deletes it. */
export function IntroductionStatusMenu({ introduction, description }: Props) {
  const update = useUpdateIntroduction();
  const remove = useDeleteIntroduction();
  const [confirming, setConfirming] = useState(false);

  const setStatus = (status: IntroductionView["status"]) =>
    update.mutate(
      { id: introduction.id, patch: { status } },
      {
        onError: (error) =>
          notifications.show({ color: "red", title: "Not changed", message: error.message }),
      },
    );

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Change the introduction ${description}`}
            loading={update.isPending}
          >
            <IconDotsVertical size={18} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Set status</Menu.Label>
          {introductionStatuses.map((status) => (
            <Menu.Item
              key={status}
              onClick={() => setStatus(status)}
              disabled={status === introduction.status}
              rightSection={
                status === introduction.status ? <IconCheck size={14} aria-hidden="true" /> : null
              }
            >
              {introductionStatus[status].label}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={14} aria-hidden="true" />}
            onClick={() => setConfirming(true)}
          >
            Delete introduction
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirming}
        title="Delete this introduction?"
        confirmLabel="Delete"
        destructive
        loading={remove.isPending}
        error={remove.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => remove.mutate(introduction.id, { onSuccess: () => setConfirming(false) })}
      >
        The link {description} leaves your referral chains. To keep the history, set it to
        “Declined” instead.
      </ConfirmModal>
    </>
  );
}
