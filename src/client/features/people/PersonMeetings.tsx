import { Card, Group, Text, Title } from "@mantine/core";
import type { MeetingView } from "../../../shared/api/network.ts";
import { MeetingList } from "../meetings/MeetingRow.tsx";

type Props = {
  personId: string;
  meetings: MeetingView[];
  names: Map<string, string>;
};

function isUpcoming(m: MeetingView, now: number) {
  return m.status === "planned" && new Date(m.scheduledAt).getTime() >= now;
}

/** The person's meetings: what is coming (to prepare, M4) and what was held. */
export function PersonMeetings({ personId, meetings, names }: Props) {
  const now = Date.now();
  const upcoming = meetings
    .filter((m) => isUpcoming(m, now))
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const past = meetings
    .filter((m) => !isUpcoming(m, now))
    .sort((a, b) => b.scheduledAt.localeCompare(a.scheduledAt));

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="meetings-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="meetings-title">
          Meetings
        </Title>
      </Group>
      {meetings.length === 0 && (
        <Text fz="sm" c="dimmed">
          No meetings yet. An informational meeting is how a contact becomes a referral (M1).
        </Text>
      )}
      {upcoming.length > 0 && (
        <>
          <Title order={3} fz="sm" c="dimmed" tt="uppercase" mt="xs">
            Upcoming
          </Title>
          <Card.Section mt={4}>
            <MeetingList meetings={upcoming} names={names} hidePersonId={personId} />
          </Card.Section>
        </>
      )}
      {past.length > 0 && (
        <>
          <Title order={3} fz="sm" c="dimmed" tt="uppercase" mt="xs">
            Past
          </Title>
          <Card.Section mt={4}>
            <MeetingList meetings={past} names={names} hidePersonId={personId} />
          </Card.Section>
        </>
      )}
    </Card>
  );
}
