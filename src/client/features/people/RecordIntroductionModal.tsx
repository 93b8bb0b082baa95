import { Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { MeetingView } from "../../../shared/api/network.ts";
import type { PersonRef } from "./PeopleMultiSelect.tsx";
import { RecordIntroductionForm } from "./RecordIntroductionForm.tsx";

type Props = { opened: boolean; onClose: () => void; person: PersonRef; meetings: MeetingView[] };

export function RecordIntroductionModal({ opened, onClose, person, meetings }: Props) {
  const phone = useMediaQuery("(max-width: 36em)") ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Record an introduction"
      size="lg"
      fullScreen={phone}
    >
      {opened && (
        <RecordIntroductionForm
          person={person}
          meetings={meetings}
          onCancel={onClose}
          onDone={() => {
            notifications.show({ color: "green", message: "Introduction recorded." });
            onClose();
          }}
        />
      )}
    </Modal>
  );
}
