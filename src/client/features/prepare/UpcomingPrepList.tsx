import { Badge, Box, Center, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCalendarEvent, IconChevronRight } from "@tabler/icons-react";
import type { ReactNode } from "react";
import type { MeetingView } from "../../../shared/api/network.ts";
import type { MeetingBriefView } from "../../../shared/api/prepare.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { RowLink } from "../../components/RowLink.tsx";
import { modeLabel } from "./meeting-text.ts";
import { useUpcomingPrep } from "./queries.ts";
import { isForbidden } from "./question-labels.ts";

const month = new Intl.DateTimeFormat(undefined, { month: "short" });
const dayOfMonth = new Intl.DateTimeFormat(undefined, { day: "numeric" });
const when = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  hour: "2-digit",
  minute: "2-digit",
});

/** The next meetings and how far their preparation has come (questions, M10 findings). */
export function UpcomingPrepList() {
  const { meetings, briefs } = useUpcomingPrep();
  let body: ReactNode;
  if (meetings.isPending) {
    body = (
      <Center py="lg" role="status">
        <Loader size="sm" role="status" aria-label="Loading upcoming meetings" />
      </Center>
    );
  } else if (meetings.isError) {
    body = <ApiErrorAlert error={meetings.error} />;
  } else if (meetings.data.length === 0) {
    body = (
      <EmptyState
        size="md"
        order={3}
        icon={<IconCalendarEvent size={24} aria-hidden="true" />}
        title="No meetings planned"
        description="Plan an informational meeting on the Meetings page; its questions and brief are prepared here (M4, M6–M10)."
      />
    );
  } else {
    body = (
      <Paper withBorder radius="lg" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {meetings.data.map((m, i) => (
          <li key={m.id}>
            <PrepRow meeting={m} brief={briefs[i]?.data} />
          </li>
        ))}
      </Paper>
    );
  }
  return (
    <Stack component="section" aria-labelledby="upcoming-title" gap="sm">
      <div>
        <Title order={2} fz="xl" id="upcoming-title">
          Upcoming meetings
        </Title>
        <Text c="dimmed" fz="sm">
          Each meeting gets its own questions, fitted to the person and checked against the method
          (M6–M10).
        </Text>
      </div>
      {body}
    </Stack>
  );
}

function PrepRow({
  meeting,
  brief,
}: {
  meeting: MeetingView;
  brief: MeetingBriefView | undefined;
}) {
  const date = new Date(meeting.scheduledAt);
  const names = brief?.people.map((p) => p.name).join(", ");
  const questions = brief?.questions ?? [];
  const forbidden = questions.filter((q) => q.findings.some((f) => isForbidden(f.rule))).length;
  const toFix = questions.filter((q) => q.findings.length > 0).length - forbidden;
  return (
    <RowLink to={`/meetings/${meeting.id}/prepare`}>
      <Paper
        withBorder
        radius="md"
        w={52}
        py={4}
        ta="center"
        style={{ flexShrink: 0 }}
        aria-hidden="true"
      >
        <Text fz={11} tt="uppercase" c="dimmed" lh={1.2}>
          {month.format(date)}
        </Text>
        <Text fz="lg" fw={700} lh={1.2}>
          {dayOfMonth.format(date)}
        </Text>
      </Paper>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} truncate>
          {names ? `With ${names}` : "Meeting"}
          {brief?.organization ? ` · ${brief.organization.name}` : ""}
        </Text>
        <Text fz="sm" c="dimmed">
          {when.format(date)} · {modeLabel(meeting.mode)}
        </Text>
        {brief && (
          <Group gap={6} mt={6}>
            <Badge variant="default">
              {questions.length === 0
                ? "No questions yet"
                : `${questions.length} question${questions.length === 1 ? "" : "s"}`}
            </Badge>
            {forbidden > 0 && (
              <Badge color="red" variant="light">
                {forbidden} forbidden (M10)
              </Badge>
            )}
            {toFix > 0 && (
              <Badge color="yellow" variant="light">
                {toFix} to review
              </Badge>
            )}
          </Group>
        )}
      </Box>
      <IconChevronRight size={18} aria-hidden="true" style={{ flexShrink: 0, opacity: 0.6 }} />
    </RowLink>
  );
}
