import { Badge, Box, Paper, Text } from "@mantine/core";
import type { MeetingView } from "../../../shared/api/network.ts";
import { RowLink } from "../../components/RowLink.tsx";
import { meetingKind, meetingMode, meetingStatus } from "../network/labels.ts";

const month = new Intl.DateTimeFormat(undefined, { month: "short" });
const dayOfMonth = new Intl.DateTimeFormat(undefined, { day: "numeric" });
const time = new Intl.DateTimeFormat(undefined, {
  weekday: "short",
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
});

type Props = {
  meeting: MeetingView;
  /** Names of the people met, by id; a person's own page leaves them out. */
  names?: Map<string, string>;
  hidePersonId?: string;
};

/** One meeting in a list: its day, who it is with, how, and where it stands. */
export function MeetingRow({ meeting: m, names, hidePersonId }: Props) {
  const date = new Date(m.scheduledAt);
  const status = meetingStatus[m.status];
  const others = m.personIds.filter((id) => id !== hidePersonId);
  const withWhom =
    names && others.length > 0
      ? `With ${others.map((id) => names.get(id) ?? "…").join(", ")}`
      : meetingKind[m.kind];
  return (
    <RowLink to={`/meetings/${m.id}`}>
      <Paper
        withBorder
        radius="md"
        w={52}
        py={4}
        ta="center"
        style={{ flexShrink: 0 }}
        aria-hidden="true"
      >
        <Text fz={11} tt="uppercase" c="dimmed" lh={1.2}>
          {month.format(date)}
        </Text>
        <Text fz="lg" fw={700} lh={1.2}>
          {dayOfMonth.format(date)}
        </Text>
      </Paper>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Text fw={600} lineClamp={2}>
          {withWhom}
        </Text>
        <Text fz="sm" c="dimmed">
          {time.format(date)} · {meetingMode[m.mode]}
          {/* Most meetings are informational: name the kind only when it is another. */}
          {names && others.length > 0 && m.kind !== "informational"
            ? ` · ${meetingKind[m.kind]}`
            : ""}
        </Text>
        <Badge color={status.color} variant="light" size="sm" mt={4} hiddenFrom="xs">
          {status.label}
        </Badge>
      </Box>
      <Badge color={status.color} variant="light" style={{ flexShrink: 0 }} visibleFrom="xs">
        {status.label}
      </Badge>
    </RowLink>
  );
}

/** Meetings as a list of rows (a bordered card's content). */
export function MeetingList(props: { meetings: MeetingView[] } & Omit<Props, "meeting">) {
  const { meetings, ...rest } = props;
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
      {meetings.map((m) => (
        <li key={m.id}>
          <MeetingRow meeting={m} {...rest} />
        </li>
      ))}
    </Box>
  );
}
