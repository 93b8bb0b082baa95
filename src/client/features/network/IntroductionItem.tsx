import { Anchor, Badge, Group, Stack, Text, Tooltip } from "@mantine/core";
import { Link } from "react-router";
import type { IntroductionView } from "../../../shared/api/network.ts";
import { IntroductionStatusMenu } from "./IntroductionStatusMenu.tsx";
import { introductionStatus } from "./labels.ts";
import { formatDate } from "./relative-time.ts";

export type NameOf = (id: string) => { name: string; deleted: boolean };

type Props = {
  introduction: IntroductionView;
  nameOf: NameOf;
  canEdit: boolean;
  /** Hide the meeting link when shown on that meeting's own page. */
  showMeeting?: boolean;
  /** On this person's page, name only the other end of the introduction. */
  focusId?: string;
};

const statusDate: Record<IntroductionView["status"], keyof IntroductionView> = {
  offered: "offeredAt",
  "to-ask": "toAskAt",
  asked: "askedAt",
  made: "madeAt",
  declined: "declinedAt",
};

function PersonLink({ id, nameOf }: { id: string; nameOf: NameOf }) {
  const { name, deleted } = nameOf(id);
  return (
    <Anchor
      component={Link}
      to={`/people/${id}`}
      fw={600}
      td={deleted ? "line-through" : undefined}
    >
      {name}
      {deleted && <span className="visually-hidden"> (deleted)</span>}
    </Anchor>
  );
}

/** One referral edge: who introduces you to whom, its status (M11), and its meeting. */
export function IntroductionItem(props: Props) {
  const { introduction: i, nameOf, canEdit, showMeeting = true, focusId } = props;
  const status = introductionStatus[i.status];
  const since = i[statusDate[i.status]];
  const description = `from ${nameOf(i.fromPersonId).name} to ${nameOf(i.toPersonId).name}`;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text fz="sm">
          {focusId === i.fromPersonId ? (
            <PersonLink id={i.toPersonId} nameOf={nameOf} />
          ) : focusId === i.toPersonId ? (
            <PersonLink id={i.fromPersonId} nameOf={nameOf} />
          ) : (
            <>
              <PersonLink id={i.fromPersonId} nameOf={nameOf} /> introduces you to{" "}
              <PersonLink id={i.toPersonId} nameOf={nameOf} />
            </>
          )}
        </Text>
        <Group gap="xs">
          <Tooltip label={status.hint} multiline w={260} withArrow>
            <Badge color={status.color} variant="light" size="sm" tabIndex={0}>
              {status.label}
            </Badge>
          </Tooltip>
          {typeof since === "string" && (
            <Text fz="xs" c="dimmed">
              since {formatDate(since)}
            </Text>
          )}
          {showMeeting && i.meetingId && (
            <Anchor component={Link} to={`/meetings/${i.meetingId}`} fz="xs">
              from a meeting
            </Anchor>
          )}
        </Group>
        {i.notes && (
          <Text fz="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
            {i.notes}
          </Text>
        )}
      </Stack>
      {canEdit && <IntroductionStatusMenu introduction={i} description={description} />}
    </Group>
  );
}
