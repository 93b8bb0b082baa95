import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { PersonView } from "../../../shared/api/network.ts";
import { PersonForm } from "./PersonForm.tsx";

type Props = {
  opened: boolean;
  onClose: () => void;
  person?: PersonView;
  onSaved?: (person: PersonView) => void;
};

/** The person form in a dialog; full screen on a phone, where a centred dialog is cramped. */
export function PersonFormModal({ opened, onClose, person, onSaved }: Props) {
  const phone = useMediaQuery("(max-width: 36em)") ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={person ? `Edit ${person.name}` : "Add a person"}
      size="lg"
      fullScreen={phone}
      // The form mounts fresh on each opening, so it always starts from the saved values.
      keepMounted={false}
    >
      {opened && (
        <PersonForm
          person={person}
          onCancel={onClose}
          onDone={(saved) => {
            notifications.show({
              color: "green",
              message: person ? `Saved ${saved.name}.` : `Added ${saved.name}.`,
            });
            onSaved?.(saved);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
