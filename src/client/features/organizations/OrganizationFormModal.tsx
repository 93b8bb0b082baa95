import { notifications } from "@mantine/notifications";
import type { OrganizationView } from "../../../shared/api/network.ts";
import { FormModal } from "../../components/FormModal.tsx";
import { OrganizationForm } from "./OrganizationForm.tsx";

type Props = {
  opened: boolean;
  onClose: () => void;
  organization?: OrganizationView;
  onSaved?: (organization: OrganizationView) => void;
};

export function OrganizationFormModal({ opened, onClose, organization, onSaved }: Props) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={organization ? `Edit ${organization.name}` : "Add an organization"}
    >
      <OrganizationForm
        organization={organization}
        onCancel={onClose}
        onDone={(saved) => {
          notifications.show({
            color: "green",
            message: organization ? `Saved ${saved.name}.` : `Added ${saved.name}.`,
          });
          onSaved?.(saved);
          onClose();
        }}
      />
    </FormModal>
  );
}
