import { Anchor, Badge, Box, Button, Group, Stack, Text } from "@mantine/core";
import { IconCheck, IconMail, IconPlayerSkipForward } from "@tabler/icons-react";
import { useId } from "react";
import { Link } from "react-router";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { dueText, followUpRule, formatDay } from "./labels.ts";
import { SnoozeMenu } from "./SnoozeMenu.tsx";
import type { useFollowUpActions } from "./use-follow-up-actions.tsx";
import { useFollowUpTitle } from "./use-follow-up-title.ts";

type Props = {
  followUp: FollowUpView;
  today: string;
  canEdit: boolean;
  onOpen: (f: FollowUpView) => void;
  actions: ReturnType<typeof useFollowUpActions>;
};

/** One follow-up on Today: what to do and for whom, when, why (the rule), and one-click actions. */
export function FollowUpItem({ followUp: f, today, canEdit, onOpen, actions }: Props) {
  const titleId = useId();
  const title = useFollowUpTitle(f);
  const rule = followUpRule[f.kind];
  const overdue = f.dueOn < today;
  const busy = actions.pendingId === f.id;
  return (
    <Box
      component="li"
      py="sm"
      px={{ base: "sm", sm: "md" }}
      style={{ borderTop: "1px solid var(--mantine-color-default-border)" }}
    >
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ flex: "1 1 280px", minWidth: 0 }}>
          <Text fw={600} id={titleId}>
            {title}
          </Text>
          <Group gap={6} fz="sm" wrap="wrap">
            <Anchor component={Link} to={`/people/${f.personId}`} fz="sm">
              {f.personName}
            </Anchor>
            <Text span fz="sm" c="dimmed" aria-hidden="true">
              ·
            </Text>
            <Text span fz="sm" c={overdue ? "red" : "dimmed"} fw={overdue ? 500 : undefined}>
              {dueText(f.dueOn, today)}
              {f.dueOn !== today && ` (${formatDay(f.dueOn)})`}
            </Text>
            {f.message?.status === "failed" && (
              <Badge color="red" variant="light" size="sm" tt="none">
                Not sent yet
              </Badge>
            )}
            {f.draftEdited && f.kind !== "custom" && (
              <Badge color="gray" variant="light" size="sm" tt="none">
                Draft edited
              </Badge>
            )}
          </Group>
          {rule && (
            <Text fz="xs" c="dimmed">
              {rule.rule} · {rule.hint}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="wrap">
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconMail size={16} aria-hidden="true" />}
            onClick={() => onOpen(f)}
            aria-describedby={titleId}
          >
            Open draft
          </Button>
          {canEdit && (
            <>
              <Button
                size="compact-sm"
                variant="subtle"
                leftSection={<IconCheck size={16} aria-hidden="true" />}
                onClick={() => actions.done(f)}
                disabled={busy}
                aria-describedby={titleId}
              >
                Done
              </Button>
              <SnoozeMenu
                today={today}
                personName={f.personName}
                onSnooze={(until) => actions.snooze(f, until)}
              />
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray"
                leftSection={<IconPlayerSkipForward size={16} aria-hidden="true" />}
                onClick={() => actions.skip(f)}
                disabled={busy}
                aria-describedby={titleId}
              >
                Skip
              </Button>
            </>
          )}
        </Group>
      </Group>
    </Box>
  );
}
