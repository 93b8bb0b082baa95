import { Alert, Grid, Stack } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconTrashX } from "@tabler/icons-react";
import { useNavigate, useParams } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { QueryPage } from "../../components/QueryPage.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { PlanMeetingModal } from "../meetings/PlanMeetingModal.tsx";
import { formatDate } from "../network/relative-time.ts";
import { PersonActions } from "./PersonActions.tsx";
import { PersonDetails } from "./PersonDetails.tsx";
import { PersonFollowUps } from "./PersonFollowUps.tsx";
import { PersonFormModal } from "./PersonFormModal.tsx";
import { PersonIntroductions } from "./PersonIntroductions.tsx";
import { PersonMeetings } from "./PersonMeetings.tsx";
import { type PersonOverview, useDeletePerson, usePersonOverview } from "./queries.ts";
import { RecordIntroductionModal } from "./RecordIntroductionModal.tsx";

export function PersonPage() {
  const { id = "" } = useParams();
  const overview = usePersonOverview(id);
  useDocumentTitle(overview.data?.person.name ?? "Person");

  return (
    <QueryPage
      query={overview}
      back={{ to: "/people", label: "People" }}
      loading="Loading person"
      missing={{
        title: "No such person",
        description: "This person is not in your workspace. The link may be old or mistyped.",
      }}
    >
      {(data) => <PersonContent overview={data} />}
    </QueryPage>
  );
}

function PersonContent({ overview }: { overview: PersonOverview }) {
  const { person, related } = overview;
  const navigate = useNavigate();
  const canEdit = useSignedInSession().workspace.canEdit && !person.deletedAt;
  const [editing, edit] = useDisclosure(false);
  const [deleting, del] = useDisclosure(false);
  const [planning, plan] = useDisclosure(false);
  const [recording, record] = useDisclosure(false);
  const remove = useDeletePerson(person.id);

  const names = new Map(related.map((r) => [r.id, r.name]));
  names.set(person.id, person.name);
  const nameOf = (pid: string) => {
    if (pid === person.id) return { name: person.name, deleted: Boolean(person.deletedAt) };
    const found = related.find((r) => r.id === pid);
    return found
      ? { name: found.name, deleted: found.deleted }
      : { name: "Someone", deleted: false };
  };
  const ref = { id: person.id, name: person.name };
  const role = [person.title, person.organizationName].filter(Boolean).join(" · ");

  return (
    <>
      <PageHeader
        title={person.name}
        description={role || undefined}
        actions={
          canEdit && (
            <PersonActions
              onPlan={plan.open}
              onRecord={record.open}
              onEdit={edit.open}
              onDelete={del.open}
            />
          )
        }
      />
      {person.deletedAt && (
        <Alert
          color="gray"
          variant="light"
          mb="lg"
          icon={<IconTrashX aria-hidden="true" />}
          title="Deleted"
        >
          Deleted on {formatDate(person.deletedAt)}. Kept readable so that the introduction chains
          through {person.name} still make sense.
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <PersonDetails overview={overview} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <PersonMeetings personId={person.id} meetings={overview.meetings} names={names} />
            <PersonIntroductions
              personId={person.id}
              name={person.name}
              introductionsIn={overview.introductionsIn}
              introductionsOut={overview.introductionsOut}
              nameOf={nameOf}
              canEdit={canEdit}
            />
            <PersonFollowUps person={ref} canEdit={canEdit} />
          </Stack>
        </Grid.Col>
      </Grid>
      <PersonFormModal opened={editing} onClose={edit.close} person={person} />
      <PlanMeetingModal opened={planning} onClose={plan.close} people={[ref]} />
      <RecordIntroductionModal
        opened={recording}
        onClose={record.close}
        person={ref}
        meetings={overview.meetings}
      />
      <ConfirmModal
        opened={deleting}
        title={`Delete ${person.name}?`}
        confirmLabel="Delete"
        destructive
        loading={remove.isPending}
        error={remove.error}
        onClose={del.close}
        onConfirm={() =>
          remove.mutate(undefined, {
            onSuccess: () => {
              notifications.show({ message: `Deleted ${person.name}.` });
              navigate("/people");
            },
          })
        }
      >
        {person.name} leaves your lists and search. The meetings and introductions that name them
        stay readable, so no referral chain through them loses a link.
      </ConfirmModal>
    </>
  );
}
