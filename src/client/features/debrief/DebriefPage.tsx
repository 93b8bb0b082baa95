import { Alert, Center, Loader, Stack } from "@mantine/core";
import { IconCalendarQuestion, IconInfoCircle } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useParams } from "react-router";
import type { MeetingView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { QueryPage } from "../../components/QueryPage.tsx";
import { formatDateTime } from "../../lib/format-date.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { formatInZone } from "../meetings/meeting-time.ts";
import { useMeeting } from "../meetings/queries.ts";
import { meetingMode } from "../network/labels.ts";
import { usePeopleByIds } from "../people/queries.ts";
import { DebriefForm } from "./DebriefForm.tsx";
import { DebriefResult } from "./DebriefResult.tsx";
import { initialForm } from "./debrief-form.ts";
import { type Debrief, useDebrief } from "./queries.ts";

const loading = (label: string) => (
  <Center py="xl" role="status">
    <Loader role="status" aria-label={label} />
  </Center>
);

/** After the meeting: what was learned (M13) and the referrals (M11), turned into follow-ups. */
export function DebriefPage() {
  const { id = "" } = useParams();
  const meeting = useMeeting(id);
  useDocumentTitle("Debrief");
  return (
    <QueryPage
      query={meeting}
      back={{ to: `/meetings/${id}`, label: "Meeting" }}
      loading="Loading meeting"
      missing={{
        title: "No such meeting",
        icon: <IconCalendarQuestion size={28} aria-hidden="true" />,
      }}
    >
      {(data) => <DebriefContent meeting={data} />}
    </QueryPage>
  );
}

function DebriefContent({ meeting }: { meeting: MeetingView }) {
  const { canEdit } = useSignedInSession().workspace;
  const debrief = useDebrief(meeting.id);
  const [result, setResult] = useState<Debrief | null>(null);
  const ids = useMemo(
    () => [...meeting.personIds, ...(debrief.data?.introductions ?? []).map((i) => i.toPersonId)],
    [meeting.personIds, debrief.data],
  );
  const people = usePeopleByIds(ids);
  const nameOf = (pid: string) => people.byId.get(pid)?.name ?? "Someone";
  const met = meeting.personIds.map((pid) => ({ id: pid, name: nameOf(pid) }));
  const names = meeting.personIds.map((pid) => people.byId.get(pid)?.name ?? "…").join(", ");
  const saved = debrief.data ?? null;
  // Names are needed to fill the form once; later loads (people created by a save) must not
  // unmount the form and the result above it.
  const ready = !debrief.isPending && !people.isLoading;
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (ready) setStarted(true);
  }, [ready]);

  const header = (
    <PageHeader
      title={`Debrief: meeting with ${names}`}
      documentTitle={`Debrief · ${names}`}
      description={`${formatInZone(meeting.scheduledAt, meeting.timeZone)} · ${meetingMode[meeting.mode]}`}
    />
  );
  if (meeting.status === "cancelled") {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconCalendarQuestion size={28} aria-hidden="true" />}
          title="This meeting was cancelled"
          description="A cancelled meeting has no debrief. Plan it again from the meeting's page if it is back on."
        />
      </>
    );
  }
  if (debrief.isError)
    return (
      <>
        {header}
        <ApiErrorAlert error={debrief.error} />
      </>
    );
  if (!started && !ready)
    return (
      <>
        {header}
        {loading("Loading the debrief")}
      </>
    );

  return (
    <>
      {header}
      <Stack gap={0} maw={820}>
        {result && (
          <DebriefResult key={result.debrief.heldAt + result.followUps.length} result={result} />
        )}
        {saved && !result && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />} mb="lg">
            You debriefed this meeting (held {formatDateTime(saved.debrief.heldAt)}). Saving again
            updates it: nothing is duplicated, and introductions that moved on are kept.
          </Alert>
        )}
        {!canEdit ? (
          <Alert color="gray" variant="light">
            This workspace is read-only for you.
          </Alert>
        ) : (
          <DebriefForm
            key={meeting.id}
            meeting={meeting}
            initial={initialForm(meeting, saved, nameOf)}
            met={met}
            saved={saved !== null}
            onSaved={(view) => {
              setResult(view);
              window.scrollTo({ top: 0 });
            }}
          />
        )}
      </Stack>
    </>
  );
}
