import { Button, Card, Group, Textarea, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { MeetingView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { useUpdateMeeting } from "./queries.ts";

/** Free notes on the meeting; saved on demand so a half-typed thought is not sent. */
export function MeetingNotes({ meeting, canEdit }: { meeting: MeetingView; canEdit: boolean }) {
  const update = useUpdateMeeting(meeting.id);
  const [notes, setNotes] = useState(meeting.notes);
  const changed = notes !== meeting.notes;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="notes-title">
      <Title order={2} fz="lg" id="notes-title" mb="sm">
        Notes
      </Title>
      {update.isError && <ApiErrorAlert error={update.error} />}
      <Textarea
        label="Meeting notes"
        description="Logistics, who suggested it, what to bring."
        value={notes}
        onChange={(event) => setNotes(event.currentTarget.value)}
        autosize
        minRows={3}
        maxRows={12}
        readOnly={!canEdit}
      />
      {canEdit && (
        <Group justify="flex-end" mt="sm" gap="sm">
          {changed && (
            <Button variant="default" onClick={() => setNotes(meeting.notes)}>
              Discard
            </Button>
          )}
          <Button
            disabled={!changed}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { notes },
                {
                  onSuccess: () => notifications.show({ color: "green", message: "Notes saved." }),
                },
              )
            }
          >
            Save notes
          </Button>
        </Group>
      )}
    </Card>
  );
}
