import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { OrganizationView } from "../../../shared/api/network.ts";
import { OrganizationForm } from "./OrganizationForm.tsx";

type Props = {
  opened: boolean;
  onClose: () => void;
  organization?: OrganizationView;
  onSaved?: (organization: OrganizationView) => void;
};

export function OrganizationFormModal({ opened, onClose, organization, onSaved }: Props) {
  const phone = useMediaQuery("(max-width: 36em)") ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={organization ? `Edit ${organization.name}` : "Add an organization"}
      size="lg"
      fullScreen={phone}
    >
      {opened && (
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
      )}
    </Modal>
  );
}
