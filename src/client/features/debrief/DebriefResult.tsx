import { Alert, Box, Button, Group, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useEffect, useRef } from "react";
import { Link } from "react-router";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { dueText, formatDay, isOpenFollowUp } from "../followups/labels.ts";
import { useFollowUpTitle } from "../followups/use-follow-up-title.ts";
import { useWorkspaceToday } from "../followups/use-workspace-today.ts";
import type { Debrief } from "./queries.ts";

function FollowUpLine({ followUp, today }: { followUp: FollowUpView; today: string }) {
  const title = useFollowUpTitle(followUp);
  return (
    <Text component="li" fz="sm">
      <Text span fw={600} fz="sm">
        {title}
      </Text>{" "}
      — {dueText(followUp.dueOn, today).toLowerCase()} ({formatDay(followUp.dueOn)})
    </Text>
  );
}

/** What the debrief set in motion: the follow-ups now on Today (M11, M12). */
export function DebriefResult({ result }: { result: Debrief }) {
  const ref = useRef<HTMLDivElement>(null);
  const today = useWorkspaceToday();
  const open = result.followUps
    .filter(isOpenFollowUp)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  // Keyboard and screen-reader users meet the outcome first, at the top of the page.
  useEffect(() => ref.current?.focus(), []);

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="sea"
      variant="light"
      icon={<IconCircleCheck aria-hidden="true" />}
      title="Debrief saved"
      mb="lg"
    >
      <Text fz="sm">
        The meeting is marked held
        {result.insights.length > 0 &&
          `, ${result.insights.length} ${result.insights.length === 1 ? "insight" : "insights"} kept`}
        {result.introductions.length > 0 &&
          `, ${result.introductions.length} ${result.introductions.length === 1 ? "introduction" : "introductions"} tracked`}
        . {open.length > 0 ? "Your follow-ups:" : "No follow-ups are open for this meeting."}
      </Text>
      {open.length > 0 && (
        <Box component="ul" my="xs" pl="lg">
          {open.map((f) => (
            <FollowUpLine key={f.id} followUp={f} today={today} />
          ))}
        </Box>
      )}
      <Group gap="sm" mt="xs">
        <Button component={Link} to="/" size="compact-md">
          Go to Today
        </Button>
        {result.insights.length > 0 && (
          <Button component={Link} to="/insights" size="compact-md" variant="default">
            See your insights
          </Button>
        )}
      </Group>
    </Alert>
  );
}
