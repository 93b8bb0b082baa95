import { notifications } from "@mantine/notifications";
import type { MeetingView } from "../../../shared/api/network.ts";
import { FormModal } from "../../components/FormModal.tsx";
import type { PersonRef } from "./PeopleMultiSelect.tsx";
import { RecordIntroductionForm } from "./RecordIntroductionForm.tsx";

type Props = { opened: boolean; onClose: () => void; person: PersonRef; meetings: MeetingView[] };

export function RecordIntroductionModal({ opened, onClose, person, meetings }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title="Record an introduction">
      <RecordIntroductionForm
        person={person}
        meetings={meetings}
        onCancel={onClose}
        onDone={() => {
          notifications.show({ color: "green", message: "Introduction recorded." });
          onClose();
        }}
      />
    </FormModal>
  );
}
