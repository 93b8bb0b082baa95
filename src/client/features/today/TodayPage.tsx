import { SimpleGrid, Stack } from "@mantine/core";
import { IconCalendarCheck } from "@tabler/icons-react";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { GetStartedCard } from "./GetStartedCard.tsx";
import { firstNameOf, greetingFor } from "./greeting.ts";

export function TodayPage() {
  const { user } = useSignedInSession();
  const greeting = `${greetingFor(new Date().getHours())}, ${firstNameOf(user.name)}`;
  return (
    <>
      <PageHeader
        title={greeting}
        documentTitle="Today"
        description="Your follow-ups and meetings for today, and the next step in your search."
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <GetStartedCard />
        <Stack>
          <EmptyState
            size="md"
            icon={<IconCalendarCheck size={24} aria-hidden="true" />}
            title="Nothing due today"
            description="Thank-you notes, one-week check-ins after a meeting without referrals, and monthly stay-in-touch e-mails to everyone you have met will appear here on the day they are due (M11, M12)."
          />
        </Stack>
      </SimpleGrid>
    </>
  );
}
