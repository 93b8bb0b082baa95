import { Badge, Box, Group, Paper, Text, Title } from "@mantine/core";
import { useId } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { FollowUpItem } from "../followups/FollowUpItem.tsx";
import type { useFollowUpActions } from "../followups/use-follow-up-actions.tsx";

type Props = {
  title: string;
  description?: string;
  items: FollowUpView[];
  /** All the list holds, when the server sent only the first ones. */
  total?: number | undefined;
  today: string;
  canEdit: boolean;
  tone?: "red";
  onOpen: (f: FollowUpView) => void;
  actions: ReturnType<typeof useFollowUpActions>;
};

/** A titled list of follow-ups (Overdue, Due today, This week). */
export function FollowUpSection({ title, description, items, total, tone, ...rest }: Props) {
  const titleId = useId();
  const count = Math.max(total ?? 0, items.length);
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder radius="lg">
      <Box px={{ base: "sm", sm: "md" }} pt="md" pb="sm">
        <Group gap="xs">
          <Title order={2} fz="lg" id={titleId}>
            {title}
          </Title>
          <Badge variant="light" color={tone ?? "gray"} aria-label={`${count} follow-ups`}>
            {count.toLocaleString()}
          </Badge>
        </Group>
        {description && (
          <Text fz="sm" c="dimmed" mt={2}>
            {description}
          </Text>
        )}
      </Box>
      <Box component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {items.map((f) => (
          <FollowUpItem key={f.id} followUp={f} {...rest} />
        ))}
      </Box>
      {count > items.length && (
        <Text fz="sm" c="dimmed" px={{ base: "sm", sm: "md" }} py="sm">
          Showing the first {items.length} of {count.toLocaleString()}: the rest appear as you work
          through these.
        </Text>
      )}
    </Paper>
  );
}
