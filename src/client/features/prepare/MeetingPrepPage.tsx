import { Anchor, Button, Center, Grid, Loader, Stack } from "@mantine/core";
import { IconArrowLeft, IconCalendarQuestion, IconFileText } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { isApiError } from "../../lib/api.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { MeetingPrepHeader } from "./MeetingPrepHeader.tsx";
import { meetingTime, modeLabel } from "./meeting-text.ts";
import { QuestionEditor } from "./QuestionEditor.tsx";
import { useMeetingBrief, useMeetingQuestions } from "./queries.ts";
import { RehearseAnswersCard } from "./RehearseAnswersCard.tsx";
import { VideoChecklistCard } from "./VideoChecklistCard.tsx";

/** /meetings/:id/prepare — the questions, the answers and (for video) the M5 checklist. */
export function MeetingPrepPage() {
  const { id = "" } = useParams();
  const brief = useMeetingBrief(id);
  const questions = useMeetingQuestions(id);
  const canEdit = useSignedInSession().workspace.canEdit;
  const names = brief.data?.people.map((p) => p.name).join(", ") || "someone";
  const title = brief.data ? `Prepare · ${names}` : "Prepare the meeting";
  useDocumentTitle(title);

  const back = (
    <Anchor component={Link} to={`/meetings/${id}`} fz="sm" display="inline-flex" mb="xs">
      <IconArrowLeft size={16} aria-hidden="true" style={{ marginRight: 4 }} /> Meeting
    </Anchor>
  );

  if (brief.isPending || questions.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader aria-label="Loading the meeting’s preparation" />
      </Center>
    );
  }
  const error = brief.error ?? questions.error;
  if (brief.isError || questions.isError) {
    return (
      <>
        {back}
        {isApiError(error) && error.status === 404 ? (
          <EmptyState
            icon={<IconCalendarQuestion size={28} aria-hidden="true" />}
            title="No such meeting"
            description="It may have been deleted, or the link is mistyped."
          />
        ) : (
          <ApiErrorAlert error={error} />
        )}
      </>
    );
  }

  const { meeting, organization } = brief.data;
  return (
    <>
      {back}
      <PageHeader
        title={`Prepare: meeting with ${names}`}
        documentTitle={title}
        description={[
          organization?.name,
          meetingTime(meeting.scheduledAt, meeting.timeZone),
          modeLabel(meeting.mode),
        ]
          .filter(Boolean)
          .join(" · ")}
        actions={
          <Button
            component={Link}
            to={`/meetings/${id}/brief`}
            variant="light"
            leftSection={<IconFileText size={18} aria-hidden="true" />}
          >
            Open the brief
          </Button>
        }
      />
      <Stack gap="lg">
        <MeetingPrepHeader brief={brief.data} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
            <QuestionEditor
              meetingId={id}
              server={questions.data}
              research={organization?.research ?? ""}
              canEdit={canEdit}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5, lg: 4 }}>
            <Stack gap="lg">
              <RehearseAnswersCard meetingId={id} canEdit={canEdit} />
              {meeting.mode === "video" && <VideoChecklistCard meetingId={id} canEdit={canEdit} />}
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
