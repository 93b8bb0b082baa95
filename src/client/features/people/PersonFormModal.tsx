import { notifications } from "@mantine/notifications";
import type { PersonView } from "../../../shared/api/network.ts";
import { FormModal } from "../../components/FormModal.tsx";
import { PersonForm } from "./PersonForm.tsx";

type Props = {
  opened: boolean;
  onClose: () => void;
  person?: PersonView;
  onSaved?: (person: PersonView) => void;
};

/** The person form in a dialog, for adding or editing. */
export function PersonFormModal({ opened, onClose, person, onSaved }: Props) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={person ? `Edit ${person.name}` : "Add a person"}
    >
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
    </FormModal>
  );
}
