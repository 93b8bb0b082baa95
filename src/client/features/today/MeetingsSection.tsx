import { Anchor, Badge, Box, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconClipboardText, IconFileText, IconNotebook } from "@tabler/icons-react";
import { useId } from "react";
import { Link } from "react-router";
import type { MeetingItem } from "../followups/queries.ts";
import { formatInZone } from "../meetings/meeting-time.ts";
import { meetingMode } from "../network/labels.ts";

type Props = {
  kind: "upcoming" | "debrief";
  items: MeetingItem[];
};

const copy = {
  upcoming: {
    title: "Meetings coming up",
    description:
      "Prepared, not improvised: written answers and questions that this person can answer (M4, M6).",
  },
  debrief: {
    title: "Waiting for a debrief",
    description:
      "Record what you learned (M13) and the referrals (M11) while they are fresh: the follow-ups come from them.",
  },
};

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Meetings in the next two weeks with their preparation, or past ones still to debrief. */
export function MeetingsSection({ kind, items }: Props) {
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg">
      <Box px={{ base: "sm", sm: "md" }} pt="md" pb="sm">
        <Title order={2} fz="lg" id={titleId}>
          {copy[kind].title}
        </Title>
        <Text fz="sm" c="dimmed" mt={2}>
          {copy[kind].description}
        </Text>
      </Box>
      <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {items.map(({ meeting, peopleNames, prep }) => (
          <Box
            key={meeting.id}
            component="li"
            py="sm"
            px={{ base: "sm", sm: "md" }}
            style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
          >
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2} style={{ flex: "1 1 240px", minWidth: 0 }}>
                <Anchor component={Link} to={`/meetings/${meeting.id}`} fw={600}>
                  {meeting.kind === "job-interview" ? "Interview" : "Meeting"} with{" "}
                  {peopleNames.join(", ") || "…"}
                </Anchor>
                <Text fz="sm" c="dimmed">
                  {formatInZone(meeting.scheduledAt)} · {meetingMode[meeting.mode]}
                </Text>
                {kind === "upcoming" && (
                  <Group gap={6}>
                    <Badge variant="light" tt="none" color={prep.questions > 0 ? "sea" : "gray"}>
                      {plural(prep.questions, "question", "questions")}
                    </Badge>
                    <Badge
                      variant="light"
                      tt="none"
                      color={prep.answersWritten > 0 ? "sea" : "orange"}
                    >
                      {plural(prep.answersWritten, "answer written", "answers written")}
                    </Badge>
                    {prep.forbidden > 0 && (
                      <Badge variant="light" tt="none" color="red">
                        {plural(prep.forbidden, "question to rephrase", "questions to rephrase")}{" "}
                        (M10)
                      </Badge>
                    )}
                  </Group>
                )}
              </Stack>
              {kind === "upcoming" ? (
                <Group gap={4}>
                  <Button
                    component={Link}
                    to={`/meetings/${meeting.id}/prepare`}
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconClipboardText size={16} aria-hidden="true" />}
                    aria-label={`Prepare the meeting with ${peopleNames.join(", ")}`}
                  >
                    Prepare
                  </Button>
                  <Button
                    component={Link}
                    to={`/meetings/${meeting.id}/brief`}
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconFileText size={16} aria-hidden="true" />}
                    aria-label={`Brief for the meeting with ${peopleNames.join(", ")}`}
                  >
                    Brief
                  </Button>
                </Group>
              ) : (
                <Button
                  component={Link}
                  to={`/meetings/${meeting.id}/debrief`}
                  size="compact-sm"
                  leftSection={<IconNotebook size={16} aria-hidden="true" />}
                  aria-label={`Debrief the meeting with ${peopleNames.join(", ")}`}
                >
                  Debrief
                </Button>
              )}
            </Group>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
