import { Anchor, Badge, Group, Highlight, Paper, Text, UnstyledButton } from "@mantine/core";
import { Link } from "react-router";
import type { InsightView } from "../../../shared/api/followups.ts";
import type { PersonView } from "../../../shared/api/network.ts";
import { formatDay } from "../followups/labels.ts";

type Props = {
  insight: InsightView;
  person: PersonView | undefined;
  /** Words to highlight (the search). */
  words: string[];
  activeTag: string | null;
  onTag: (tag: string) => void;
};

/** One thing learned, where it came from (person, organization, meeting) and its tags. */
export function InsightCard({ insight, person, words, activeTag, onTag }: Props) {
  const organizationName =
    person && person.organizationId === insight.organizationId ? person.organizationName : null;
  return (
    <Paper component="article" withBorder radius="md" p="md">
      <Highlight highlight={words} style={{ whiteSpace: "pre-wrap" }}>
        {insight.text}
      </Highlight>
      {insight.tags.length > 0 && (
        <Group gap={6} mt="xs">
          {insight.tags.map((tag) => (
            <UnstyledButton
              key={tag}
              onClick={() => onTag(tag)}
              aria-pressed={activeTag === tag}
              aria-label={`Show insights tagged ${tag}`}
            >
              <Badge
                variant={activeTag === tag ? "filled" : "light"}
                tt="none"
                style={{ cursor: "pointer" }}
              >
                {tag}
              </Badge>
            </UnstyledButton>
          ))}
        </Group>
      )}
      <Group gap={6} mt="sm" fz="sm">
        <Text span fz="sm" c="dimmed">
          {formatDay(insight.createdAt.slice(0, 10))}
        </Text>
        {insight.personId && (
          <>
            <Text span fz="sm" c="dimmed" aria-hidden="true">
              ·
            </Text>
            <Anchor component={Link} to={`/people/${insight.personId}`} fz="sm">
              {person?.name ?? "Person"}
            </Anchor>
          </>
        )}
        {insight.organizationId && (
          <>
            <Text span fz="sm" c="dimmed" aria-hidden="true">
              ·
            </Text>
            <Anchor component={Link} to={`/organizations/${insight.organizationId}`} fz="sm">
              {organizationName ?? "Organization"}
            </Anchor>
          </>
        )}
        {insight.meetingId && (
          <>
            <Text span fz="sm" c="dimmed" aria-hidden="true">
              ·
            </Text>
            <Anchor component={Link} to={`/meetings/${insight.meetingId}`} fz="sm">
              Meeting
              {person && <span className="visually-hidden"> with {person.name}</span>}
            </Anchor>
          </>
        )}
      </Group>
    </Paper>
  );
}
