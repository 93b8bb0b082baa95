import { Badge, Card, Grid, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import { useParams } from "react-router";
import type { MeetingView } from "../../../shared/api/network.ts";
import { PageHeader } from "../../components/PageHeader.tsx";
import { QueryPage } from "../../components/QueryPage.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { IntroductionItem } from "../network/IntroductionItem.tsx";
import { meetingKind, meetingMode, meetingStatus } from "../network/labels.ts";
import { useIntroductions } from "../network/queries.ts";
import { usePeopleByIds } from "../people/queries.ts";
import { MeetingFacts } from "./MeetingFacts.tsx";
import { MeetingNotes } from "./MeetingNotes.tsx";
import { MeetingPrepCard } from "./MeetingPrepCard.tsx";
import { MeetingStatusActions } from "./MeetingStatusActions.tsx";
import { useMeeting } from "./queries.ts";

export function MeetingPage() {
  const { id = "" } = useParams();
  const meeting = useMeeting(id);
  useDocumentTitle("Meeting");
  return (
    <QueryPage
      query={meeting}
      back={{ to: "/meetings", label: "Meetings" }}
      loading="Loading meeting"
      missing={{ title: "No such meeting" }}
    >
      {(data) => <MeetingContent meeting={data} />}
    </QueryPage>
  );
}

function MeetingContent({ meeting }: { meeting: MeetingView }) {
  const canEdit = useSignedInSession().workspace.canEdit;
  const introductions = useIntroductions({ meetingId: meeting.id });
  const ids = useMemo(
    () => [
      ...meeting.personIds,
      ...(introductions.data ?? []).flatMap((i) => [i.fromPersonId, i.toPersonId]),
    ],
    [meeting.personIds, introductions.data],
  );
  const people = usePeopleByIds(ids);
  const names = meeting.personIds.map((pid) => people.byId.get(pid)?.name ?? "…");
  const status = meetingStatus[meeting.status];
  const nameOf = (pid: string) => {
    const p = people.byId.get(pid);
    return { name: p?.name ?? "…", deleted: Boolean(p?.deletedAt) };
  };

  return (
    <>
      <PageHeader
        title={`${meeting.kind === "job-interview" ? "Interview" : "Meeting"} with ${names.join(", ")}`}
        documentTitle={`Meeting with ${names.join(", ")}`}
        description={
          <>
            {meetingKind[meeting.kind]} · {meetingMode[meeting.mode]}{" "}
            <Badge component="span" color={status.color} variant="light" ml={4}>
              {status.label}
            </Badge>
          </>
        }
        actions={canEdit && <MeetingStatusActions meeting={meeting} />}
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <MeetingFacts meeting={meeting} people={people.byId} />
            <Card
              withBorder
              radius="lg"
              padding="lg"
              component="section"
              aria-labelledby="mi-title"
            >
              <Title order={2} fz="lg" id="mi-title" mb="sm">
                Introductions from this meeting
              </Title>
              {(introductions.data ?? []).length === 0 ? (
                <Text fz="sm" c="dimmed">
                  None recorded. Record the introductions offered from the person's page, and ask
                  for those only mentioned (M11).
                </Text>
              ) : (
                <Stack gap="md">
                  {introductions.data?.map((i) => (
                    <IntroductionItem
                      key={i.id}
                      introduction={i}
                      nameOf={nameOf}
                      canEdit={canEdit}
                      showMeeting={false}
                    />
                  ))}
                </Stack>
              )}
            </Card>
            <MeetingNotes key={meeting.updatedAt} meeting={meeting} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <MeetingPrepCard meeting={meeting} />
        </Grid.Col>
      </Grid>
    </>
  );
}
