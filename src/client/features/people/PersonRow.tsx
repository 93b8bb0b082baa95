import { Avatar, Badge, Box, Group, Text } from "@mantine/core";
import type { PersonView } from "../../../shared/api/network.ts";
import { RowLink } from "../../components/RowLink.tsx";
import { relativeTime } from "../network/relative-time.ts";

const MAX_TAGS = 4;

/** One person in the list: a single link, so Tab and Enter open them. */
export function PersonRow({ person }: { person: PersonView }) {
  const role = [person.title, person.organizationName].filter(Boolean).join(" · ");
  const extraTags = person.tags.length - MAX_TAGS;
  const contacted = person.lastContactedAt ? relativeTime(person.lastContactedAt) : "not yet";
  return (
    <RowLink to={`/people/${person.id}`}>
      <Avatar name={person.name} color="initials" radius="xl" aria-hidden="true" />
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} truncate>
            {person.name}
          </Text>
          {person.canHire && (
            <Badge color="orange" variant="light" size="sm" style={{ flexShrink: 0 }}>
              Can hire
            </Badge>
          )}
        </Group>
        <Text fz="sm" c="dimmed" truncate>
          {role || "No title or organization yet"}
        </Text>
        <Text fz="xs" c="dimmed" hiddenFrom="sm">
          Last contacted: {contacted}
        </Text>
        {person.tags.length > 0 && (
          <Group gap={4} mt={4}>
            {person.tags.slice(0, MAX_TAGS).map((tag) => (
              <Badge key={tag} variant="default" size="xs" tt="none">
                {tag}
              </Badge>
            ))}
            {extraTags > 0 && (
              <Text fz="xs" c="dimmed">
                +{extraTags}
              </Text>
            )}
          </Group>
        )}
      </Box>
      {/* On a phone the name needs the width: last contact moves under it. */}
      <Box ta="right" style={{ flexShrink: 0 }} visibleFrom="sm">
        <Text fz="xs" c="dimmed">
          Last contacted
        </Text>
        <Text fz="sm">{contacted}</Text>
      </Box>
    </RowLink>
  );
}
