import { Button, Card, Center, Loader, Stack, Text } from "@mantine/core";
import { IconCalendarOff } from "@tabler/icons-react";
import { useMemo } from "react";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { usePeopleByIds } from "../people/queries.ts";
import { MeetingList } from "./MeetingRow.tsx";
import { useMeetingsInfinite } from "./queries.ts";

type Props = { when: "upcoming" | "past" };

const empty = {
  upcoming: {
    title: "No meetings planned",
    description:
      "Plan an informational meeting with someone you know. Prepare it — research, written answers, questions — rather than improvising (M4).",
  },
  past: {
    title: "No past meetings",
    description:
      "Meetings you have held appear here, with the referrals that came out of them (M11).",
  },
};

/** One tab of the meetings page: upcoming (soonest first) or past (latest first). */
export function MeetingsTab({ when }: Props) {
  const query = useMeetingsInfinite({ when });
  const meetings = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const personIds = useMemo(() => meetings.flatMap((m) => m.personIds), [meetings]);
  const people = usePeopleByIds(personIds);
  const names = new Map([...people.byId].map(([id, p]) => [id, p.name]));

  if (query.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader role="status" aria-label="Loading meetings" />
      </Center>
    );
  }
  if (query.isError) return <ApiErrorAlert error={query.error} />;
  if (meetings.length === 0) {
    return (
      <EmptyState
        size="md"
        icon={<IconCalendarOff size={24} aria-hidden="true" />}
        title={empty[when].title}
        description={empty[when].description}
        rules={when === "upcoming" ? ["M4", "M5"] : ["M11", "M13"]}
      />
    );
  }
  return (
    <Stack gap="md">
      <Card withBorder radius="lg" padding={0}>
        <MeetingList meetings={meetings} names={names} />
      </Card>
      {query.hasNextPage && (
        <Center>
          <Button
            variant="default"
            onClick={() => void query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            Show more meetings
          </Button>
        </Center>
      )}
      <Text fz="sm" c="dimmed" ta="center" role="status">
        {meetings.length} {meetings.length === 1 ? "meeting" : "meetings"}
        {query.hasNextPage ? " shown" : ""}
      </Text>
    </Stack>
  );
}
