import { Button, Center, Loader, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCalendarCheck, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { FollowUpDrawer } from "../followups/FollowUpDrawer.tsx";
import { NewFollowUpModal } from "../followups/NewFollowUpModal.tsx";
import { type AgendaView, useAgenda } from "../followups/queries.ts";
import { useFollowUpActions } from "../followups/use-follow-up-actions.tsx";
import { useSyncBrowserTimeZone } from "../settings/search-queries.ts";
import { FollowUpSection } from "./FollowUpSection.tsx";
import { GetStartedCard } from "./GetStartedCard.tsx";
import { firstNameOf, greetingFor } from "./greeting.ts";
import { MeetingsSection } from "./MeetingsSection.tsx";
import { SearchEndedAlert } from "./SearchEndedAlert.tsx";
import { StayInTouchCard } from "./StayInTouchCard.tsx";

const nothingDue =
  "Thank-you notes, one-week check-ins after a meeting without referrals, and monthly stay-in-touch e-mails to everyone you have met will appear here on the day they are due (M11, M12).";

function isEmpty(a: AgendaView) {
  return (
    a.overdue.length + a.dueToday.length + a.thisWeek.length + a.stayInTouch.count === 0 &&
    a.upcomingMeetings.length + a.awaitingDebrief.length === 0
  );
}

export function TodayPage() {
  const { user, workspace } = useSignedInSession();
  const greeting = `${greetingFor(new Date().getHours())}, ${firstNameOf(user.name)}`;
  const agenda = useAgenda();
  const [adding, setAdding] = useState(false);
  useSyncBrowserTimeZone(workspace.canEdit);
  return (
    <>
      <PageHeader
        title={greeting}
        documentTitle="Today"
        description="Your follow-ups and meetings for today, and the next step in your search."
        actions={
          workspace.canEdit &&
          agenda.isSuccess && (
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setAdding(true)}
            >
              Add a follow-up
            </Button>
          )
        }
      />
      {agenda.isSuccess && (
        <NewFollowUpModal
          opened={adding}
          onClose={() => setAdding(false)}
          today={agenda.data.today}
        />
      )}
      {agenda.isPending ? (
        <Center py="xl" role="status">
          <Loader role="status" aria-label="Loading today's follow-ups" />
        </Center>
      ) : agenda.isError ? (
        <ApiErrorAlert error={agenda.error} />
      ) : (
        <Agenda agenda={agenda.data} canEdit={workspace.canEdit} />
      )}
    </>
  );
}

function Agenda({ agenda, canEdit }: { agenda: AgendaView; canEdit: boolean }) {
  const [open, setOpen] = useState<FollowUpView | null>(null);
  const actions = useFollowUpActions();
  const shared = { today: agenda.today, canEdit, onOpen: setOpen, actions };

  if (isEmpty(agenda)) {
    return (
      <Stack gap="lg">
        {!agenda.searchActive && <SearchEndedAlert />}
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <GetStartedCard />
          <EmptyState
            size="md"
            icon={<IconCalendarCheck size={24} aria-hidden="true" />}
            title="Nothing due today"
            description={nothingDue}
          />
        </SimpleGrid>
      </Stack>
    );
  }

  const followUpCount = agenda.overdue.length + agenda.dueToday.length + agenda.thisWeek.length;
  return (
    <>
      <Stack gap="lg" maw={960}>
        {!agenda.searchActive && <SearchEndedAlert />}
        {agenda.overdue.length > 0 && (
          <FollowUpSection
            title="Overdue"
            description="Still worth doing: a late thank-you beats none."
            items={agenda.overdue}
            total={agenda.counts?.overdue}
            tone="red"
            {...shared}
          />
        )}
        {agenda.dueToday.length > 0 && (
          <FollowUpSection
            title="Due today"
            items={agenda.dueToday}
            total={agenda.counts?.dueToday}
            {...shared}
          />
        )}
        {agenda.thisWeek.length > 0 && (
          <FollowUpSection
            title="This week"
            items={agenda.thisWeek}
            total={agenda.counts?.thisWeek}
            {...shared}
          />
        )}
        {agenda.searchActive && followUpCount === 0 && agenda.stayInTouch.count === 0 && (
          <Text c="dimmed" role="status">
            No follow-ups due this week. {nothingDue}
          </Text>
        )}
        {agenda.stayInTouch.count > 0 && (
          <StayInTouchCard
            count={agenda.stayInTouch.count}
            items={agenda.stayInTouch.items}
            today={agenda.today}
            canEdit={canEdit}
            onOpen={setOpen}
          />
        )}
        {agenda.awaitingDebrief.length > 0 && (
          <MeetingsSection kind="debrief" items={agenda.awaitingDebrief} />
        )}
        {agenda.upcomingMeetings.length > 0 && (
          <MeetingsSection kind="upcoming" items={agenda.upcomingMeetings} />
        )}
      </Stack>
      <FollowUpDrawer
        followUp={open}
        today={agenda.today}
        canEdit={canEdit}
        onClose={() => setOpen(null)}
      />
    </>
  );
}
