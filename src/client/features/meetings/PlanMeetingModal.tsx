import { notifications } from "@mantine/notifications";
import type { MeetingView } from "../../../shared/api/network.ts";
import { FormModal } from "../../components/FormModal.tsx";
import type { PersonRef } from "../people/PeopleMultiSelect.tsx";
import { MeetingForm } from "./MeetingForm.tsx";

type Props = {
  opened: boolean;
  onClose: () => void;
  /** People the meeting is with, when planned from a person's page. */
  people?: PersonRef[];
  onPlanned?: (meeting: MeetingView) => void;
};

export function PlanMeetingModal({ opened, onClose, people, onPlanned }: Props) {
  const title = people?.length === 1 ? `Plan a meeting with ${people[0]?.name}` : "Plan a meeting";
  return (
    <FormModal opened={opened} onClose={onClose} title={title}>
      <MeetingForm
        people={people}
        onCancel={onClose}
        onDone={(meeting) => {
          notifications.show({ color: "green", message: "Meeting planned." });
          onPlanned?.(meeting);
          onClose();
        }}
      />
    </FormModal>
  );
}
