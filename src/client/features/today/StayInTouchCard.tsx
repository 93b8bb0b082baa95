import {
  Anchor,
  Box,
  Button,
  Collapse,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconMailForward } from "@tabler/icons-react";
import { useId, useState } from "react";
import { Link } from "react-router";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { dueText } from "../followups/labels.ts";
import { ReviewBatchModal } from "../followups/ReviewBatchModal.tsx";

type Props = {
  count: number;
  items: FollowUpView[];
  today: string;
  canEdit: boolean;
  onOpen: (f: FollowUpView) => void;
};

/**
 * M12: everyone met gets a short monthly note. They come due in clusters, so they are one
 * card with one "Review and send" pass through them, not a dozen rows on Today.
 */
export function StayInTouchCard({ count, items, today, canEdit, onOpen }: Props) {
  const titleId = useId();
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  const [review, setReview] = useState<FollowUpView[] | null>(null);
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p={{ base: "sm", sm: "md" }}
    >
      <Group align="flex-start" gap="md" wrap="nowrap">
        <ThemeIcon size={40} radius="xl" variant="light" aria-hidden="true">
          <IconMailForward size={22} />
        </ThemeIcon>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Title order={2} fz="lg" id={titleId}>
            {count === 1 ? "1 monthly note due this week" : `${count} monthly notes due this week`}
          </Title>
          <Text fz="sm" c="dimmed">
            M12 · A short note to everyone you have met: still looking for the right opportunity,
            some interesting conversations lately, more planned. It keeps you top-of-mind and may
            bring new referrals.
          </Text>
          <Group gap="xs" mt={6}>
            <Button
              onClick={() => setReview(items)}
              leftSection={<IconMailForward size={16} aria-hidden="true" />}
            >
              Review and send
            </Button>
            <Button
              variant="subtle"
              onClick={() => setExpanded((e) => !e)}
              aria-expanded={expanded}
              aria-controls={listId}
              rightSection={
                expanded ? (
                  <IconChevronUp size={16} aria-hidden="true" />
                ) : (
                  <IconChevronDown size={16} aria-hidden="true" />
                )
              }
            >
              {expanded ? "Hide the list" : "Show the list"}
            </Button>
          </Group>
        </Stack>
      </Group>
      <Collapse expanded={expanded} id={listId}>
        <Box component="ul" mt="sm" mb={0} p={0} style={{ listStyle: "none" }}>
          {items.map((f) => (
            <Group
              key={f.id}
              component="li"
              justify="space-between"
              gap="xs"
              py={6}
              style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
            >
              <Text fz="sm">
                <Anchor component={Link} to={`/people/${f.personId}`} fz="sm">
                  {f.personName}
                </Anchor>{" "}
                <Text span fz="sm" c={f.dueOn < today ? "red" : "dimmed"}>
                  · {dueText(f.dueOn, today)}
                </Text>
              </Text>
              <Button size="compact-sm" variant="subtle" onClick={() => onOpen(f)}>
                Open note to {f.personName}
              </Button>
            </Group>
          ))}
        </Box>
        {count > items.length && (
          <Text fz="sm" c="dimmed" pt={6}>
            And {count - items.length} more after these.
          </Text>
        )}
      </Collapse>
      {review && (
        <ReviewBatchModal
          items={review}
          today={today}
          canEdit={canEdit}
          opened
          onClose={() => setReview(null)}
        />
      )}
    </Paper>
  );
}
