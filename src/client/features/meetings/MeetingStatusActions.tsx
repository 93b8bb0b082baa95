import { ActionIcon, Button, Menu } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconCalendarCheck, IconCalendarX, IconDotsVertical, IconTrash } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import type { MeetingView } from "../../../shared/api/network.ts";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { useDeleteMeeting, useUpdateMeeting } from "./queries.ts";

type Status = MeetingView["status"];

/** planned → held | cancelled, cancelled → planned; a held meeting stays held (its debrief). */
export function MeetingStatusActions({ meeting }: { meeting: MeetingView }) {
  const update = useUpdateMeeting(meeting.id);
  const remove = useDeleteMeeting(meeting.id);
  const navigate = useNavigate();
  const [confirmHeld, held] = useDisclosure(false);
  const [confirmDelete, del] = useDisclosure(false);

  const setStatus = (status: Status, done: string) =>
    update.mutate(
      { status },
      {
        onSuccess: () => {
          held.close();
          notifications.show({ color: "green", message: done });
        },
        onError: (error) =>
          notifications.show({ color: "red", title: "Not changed", message: error.message }),
      },
    );

  return (
    <>
      {meeting.status === "planned" && (
        <>
          <Button
            leftSection={<IconCalendarCheck size={18} aria-hidden="true" />}
            onClick={held.open}
          >
            Mark as held
          </Button>
          <Button
            variant="default"
            leftSection={<IconCalendarX size={18} aria-hidden="true" />}
            loading={update.isPending && update.variables?.status === "cancelled"}
            onClick={() => setStatus("cancelled", "Meeting cancelled.")}
          >
            Cancel meeting
          </Button>
        </>
      )}
      {meeting.status === "cancelled" && (
        <Button
          loading={update.isPending}
          onClick={() => setStatus("planned", "Meeting planned again.")}
        >
          Plan again
        </Button>
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More actions">
            <IconDotsVertical size={18} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden="true" />}
            onClick={del.open}
          >
            Delete meeting
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ConfirmModal
        opened={confirmHeld}
        title="Mark this meeting as held?"
        confirmLabel="Mark as held"
        loading={update.isPending}
        error={update.error}
        onClose={held.close}
        onConfirm={() => setStatus("held", "Meeting marked as held.")}
      >
        A held meeting stays held. Next: record the introductions offered, and ask for those only
        mentioned (M11); note what you learned (M13).
      </ConfirmModal>
      <ConfirmModal
        opened={confirmDelete}
        title="Delete this meeting?"
        confirmLabel="Delete"
        destructive
        loading={remove.isPending}
        error={remove.error}
        onClose={del.close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ message: "Meeting deleted." });
              navigate("/meetings");
            },
          })
        }
      >
        The meeting and its notes are removed. Introductions that came out of it stay, without the
        meeting. To keep the record of a meeting that did not happen, cancel it instead.
      </ConfirmModal>
    </>
  );
}
