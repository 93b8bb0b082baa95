import { ActionIcon, Button, Menu } from "@mantine/core";
import {
  IconArrowsJoin,
  IconCalendarPlus,
  IconDotsVertical,
  IconPencil,
  IconTrash,
} from "@tabler/icons-react";

type Props = {
  onPlan: () => void;
  onRecord: () => void;
  onEdit: () => void;
  onDelete: () => void;
};

/** The person page's actions: the next step first (plan a meeting), the rest in a menu. */
export function PersonActions({ onPlan, onRecord, onEdit, onDelete }: Props) {
  return (
    <>
      <Button leftSection={<IconCalendarPlus size={18} aria-hidden="true" />} onClick={onPlan}>
        Plan a meeting
      </Button>
      <Button
        variant="default"
        leftSection={<IconArrowsJoin size={18} aria-hidden="true" />}
        onClick={onRecord}
      >
        Record an introduction
      </Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="default" size="lg" aria-label="More actions">
            <IconDotsVertical size={18} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit}>
            Edit
          </Menu.Item>
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={16} aria-hidden="true" />}
            onClick={onDelete}
          >
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
