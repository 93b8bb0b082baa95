import { Button, Card, Center, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { MeetingList } from "../meetings/MeetingRow.tsx";
import { useMeetingsInfinite } from "../meetings/queries.ts";
import { usePeopleByIds } from "../people/queries.ts";

/** Meetings held or planned with people of this organization, latest first. */
export function OrganizationMeetings({ organizationId }: { organizationId: string }) {
  const query = useMeetingsInfinite({ organizationId, when: "all" }, 10);
  const meetings = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const ids = useMemo(() => meetings.flatMap((m) => m.personIds), [meetings]);
  const people = usePeopleByIds(ids);
  const names = new Map([...people.byId].map(([id, p]) => [id, p.name]));
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="org-meetings-title"
    >
      <Title order={2} fz="lg" id="org-meetings-title" mb="sm">
        Meetings
      </Title>
      {query.isSuccess && meetings.length === 0 && (
        <Text fz="sm" c="dimmed">
          No meetings with anyone here yet.
        </Text>
      )}
      {meetings.length > 0 && (
        <Card.Section>
          <MeetingList meetings={meetings} names={names} />
        </Card.Section>
      )}
      {query.hasNextPage && (
        <Center mt="sm">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            Show more meetings
          </Button>
        </Center>
      )}
    </Card>
  );
}
