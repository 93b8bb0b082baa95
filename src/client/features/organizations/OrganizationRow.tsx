import { Badge, Box, Group, Text, ThemeIcon } from "@mantine/core";
import { IconBuilding } from "@tabler/icons-react";
import type { OrganizationView } from "../../../shared/api/network.ts";
import { RowLink } from "../../components/RowLink.tsx";

/** One organization in the list: a single link to its page. */
export function OrganizationRow({ organization: o }: { organization: OrganizationView }) {
  const facts = [o.sector, o.size].filter(Boolean).join(" · ");
  return (
    <RowLink to={`/organizations/${o.id}`}>
      <ThemeIcon
        variant="light"
        size={38}
        radius="md"
        aria-hidden="true"
        color={o.isTarget ? "grape" : undefined}
      >
        <IconBuilding size={20} />
      </ThemeIcon>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} truncate>
            {o.name}
          </Text>
          {o.isTarget && (
            <Badge color="grape" variant="light" size="sm" style={{ flexShrink: 0 }}>
              Target
            </Badge>
          )}
        </Group>
        <Text fz="sm" c="dimmed" truncate>
          {facts || "No sector or size yet"}
        </Text>
        {o.tags.length > 0 && (
          <Group gap={4} mt={4}>
            {o.tags.slice(0, 4).map((tag) => (
              <Badge key={tag} variant="default" size="xs" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        )}
      </Box>
      <Box ta="right" style={{ flexShrink: 0 }}>
        <Text fw={600}>{o.peopleCount}</Text>
        <Text fz="xs" c="dimmed">
          {o.peopleCount === 1 ? "person" : "people"}
        </Text>
      </Box>
    </RowLink>
  );
}
