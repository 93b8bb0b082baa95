import { Button, Grid, Stack } from "@mantine/core";
import { IconCalendarQuestion, IconFileText } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import type { MeetingBriefView, MeetingQuestionsView } from "../../../shared/api/prepare.ts";
import { PageHeader } from "../../components/PageHeader.tsx";
import { QueryPage } from "../../components/QueryPage.tsx";
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

  // The page needs both: the brief (meeting, people, organization) and the question list.
  const both = {
    isPending: brief.isPending || questions.isPending,
    isError: brief.isError || questions.isError,
    error: brief.error ?? questions.error,
    data:
      brief.data && questions.data ? { brief: brief.data, questions: questions.data } : undefined,
  };
  return (
    <QueryPage
      query={both}
      back={{ to: `/meetings/${id}`, label: "Meeting" }}
      loading="Loading the meeting’s preparation"
      missing={{
        title: "No such meeting",
        icon: <IconCalendarQuestion size={28} aria-hidden="true" />,
      }}
    >
      {(data) => (
        <PrepContent
          id={id}
          brief={data.brief}
          questions={data.questions}
          names={names}
          title={title}
          canEdit={canEdit}
        />
      )}
    </QueryPage>
  );
}

type PrepProps = {
  id: string;
  brief: MeetingBriefView;
  questions: MeetingQuestionsView;
  names: string;
  title: string;
  canEdit: boolean;
};

function PrepContent({ id, brief, questions, names, title, canEdit }: PrepProps) {
  const { meeting, organization } = brief;
  return (
    <>
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
        <MeetingPrepHeader brief={brief} />
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7, lg: 8 }}>
            <QuestionEditor
              meetingId={id}
              server={questions}
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
