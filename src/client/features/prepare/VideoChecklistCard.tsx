import { Checkbox, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { VIRTUAL_MEETING_CHECKLIST } from "../../../shared/method/meeting/virtual-checklist.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { usePatchPrep, usePrep } from "./queries.ts";

type Props = { meetingId: string; canEdit: boolean };

/** M5: a video meeting gets the same preparation as one in person, plus these. */
export function VideoChecklistCard({ meetingId, canEdit }: Props) {
  const prep = usePrep(meetingId);
  const patch = usePatchPrep(meetingId);
  const ticked = prep.data?.checklist ?? {};
  const done = VIRTUAL_MEETING_CHECKLIST.filter((item) => ticked[item.id]).length;
  const total = VIRTUAL_MEETING_CHECKLIST.length;

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="video-title"
    >
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={2} fz="lg" id="video-title">
          Video call checklist
        </Title>
        <Text fz="sm" c="dimmed">
          {done} of {total} (M5)
        </Text>
      </Group>
      <Progress
        value={Math.round((done / total) * 100)}
        size="sm"
        mb="md"
        color={done === total ? "teal" : "sea"}
        aria-label={`${done} of ${total} checklist items done`}
      />
      <Stack gap="sm">
        {VIRTUAL_MEETING_CHECKLIST.map((item) => (
          <Checkbox
            key={item.id}
            label={item.text}
            description={item.why}
            checked={Boolean(ticked[item.id])}
            disabled={!canEdit || prep.isPending}
            onChange={(event) =>
              patch.mutate({ checklist: { [item.id]: event.currentTarget.checked } })
            }
          />
        ))}
      </Stack>
      {(prep.isError || patch.isError) && <ApiErrorAlert error={prep.error ?? patch.error} />}
    </Paper>
  );
}
