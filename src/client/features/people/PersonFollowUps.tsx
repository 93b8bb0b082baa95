import { Badge, Box, Button, Card, Group, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { FollowUpDrawer } from "../followups/FollowUpDrawer.tsx";
import { FollowUpItem } from "../followups/FollowUpItem.tsx";
import { formatDay, isOpenFollowUp } from "../followups/labels.ts";
import { NewFollowUpModal } from "../followups/NewFollowUpModal.tsx";
import { usePersonFollowUps } from "../followups/queries.ts";
import { useFollowUpActions } from "../followups/use-follow-up-actions.tsx";
import { useFollowUpTitle } from "../followups/use-follow-up-title.ts";
import { useWorkspaceToday } from "../followups/use-workspace-today.ts";

type Props = { person: { id: string; name: string }; canEdit: boolean };

/** The most recent closed follow-ups shown; older ones are counted, not listed. */
const HISTORY = 10;

/**
 * What is owed to this person (M3 thanks, M11 introductions and check-ins, M12 stay in touch)
 * with the same one-click actions as Today, and what was already done or skipped.
 */
export function PersonFollowUps({ person, canEdit }: Props) {
  const followUps = usePersonFollowUps(person.id);
  const today = useWorkspaceToday();
  const actions = useFollowUpActions();
  const [open, setOpen] = useState<FollowUpView | null>(null);
  const [adding, add] = useDisclosure(false);
  const all = followUps.data ?? [];
  const pending = all.filter(isOpenFollowUp);
  const closed = all
    .filter((f) => !isOpenFollowUp(f))
    .sort((a, b) => b.dueOn.localeCompare(a.dueOn));

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="followups-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="followups-title">
          Follow-ups
        </Title>
        {canEdit && (
          <Button
            size="xs"
            variant="subtle"
            leftSection={<IconPlus size={14} aria-hidden="true" />}
            onClick={add.open}
          >
            Add a follow-up
          </Button>
        )}
      </Group>
      {followUps.isError && (
        <Text fz="sm" c="red" role="alert">
          The follow-ups could not be loaded. Reload the page to try again.
        </Text>
      )}
      {followUps.isSuccess && all.length === 0 && (
        <Text fz="sm" c="dimmed">
          Nothing owed yet. A debrief adds the thank-you and the introductions to ask for (M3, M11);
          everyone gets a monthly note to stay in touch (M12).
        </Text>
      )}
      {pending.length > 0 && (
        <Card.Section>
          <Box component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label="To do">
            {pending.map((f) => (
              <FollowUpItem
                key={f.id}
                followUp={f}
                today={today}
                canEdit={canEdit}
                onOpen={setOpen}
                actions={actions}
              />
            ))}
          </Box>
        </Card.Section>
      )}
      {closed.length > 0 && (
        <>
          <Title order={3} fz="sm" c="dimmed" tt="uppercase" mt="md">
            Done
          </Title>
          <Box component="ul" m={0} mt={4} p={0} style={{ listStyle: "none" }}>
            {closed.slice(0, HISTORY).map((f) => (
              <ClosedFollowUp key={f.id} followUp={f} onOpen={setOpen} />
            ))}
          </Box>
          {closed.length > HISTORY && (
            <Text fz="xs" c="dimmed" mt={4}>
              and {closed.length - HISTORY} earlier
            </Text>
          )}
        </>
      )}
      <FollowUpDrawer
        followUp={open}
        today={today}
        canEdit={canEdit}
        onClose={() => setOpen(null)}
      />
      <NewFollowUpModal opened={adding} onClose={add.close} today={today} person={person} />
    </Card>
  );
}

function ClosedFollowUp({
  followUp: f,
  onOpen,
}: {
  followUp: FollowUpView;
  onOpen: (f: FollowUpView) => void;
}) {
  const title = useFollowUpTitle(f);
  const sent = f.message?.sentAt;
  return (
    <Group component="li" gap="xs" py={4} wrap="nowrap">
      <Badge
        size="sm"
        variant="light"
        color={f.status === "done" ? "sea" : "gray"}
        tt="none"
        miw={64}
      >
        {f.status === "done" ? "Done" : "Skipped"}
      </Badge>
      <Button
        variant="subtle"
        size="compact-sm"
        fw={500}
        onClick={() => onOpen(f)}
        styles={{ label: { whiteSpace: "normal", textAlign: "left" } }}
      >
        {title}
      </Button>
      <Text fz="xs" c="dimmed" ml="auto" style={{ whiteSpace: "nowrap" }}>
        {sent ? `sent ${formatDay(sent.slice(0, 10))}` : `due ${formatDay(f.dueOn)}`}
      </Text>
    </Group>
  );
}
