import { Badge, Card, Group, List, Text, Title } from "@mantine/core";

/**
 * Reserved for the meeting's preparation and debrief, which other work will build. It says
 * what will be here, and shows no made-up content.
 */
export function MeetingPrepPlaceholder() {
  return (
    <Card
      withBorder
      radius="lg"
      padding="lg"
      component="section"
      aria-labelledby="prep-title"
      style={{ borderStyle: "dashed" }}
    >
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="lg" id="prep-title">
          Preparation and debrief
        </Title>
        <Badge variant="default">Not built yet</Badge>
      </Group>
      <Text fz="sm" c="dimmed" mb="xs">
        This is where this meeting's preparation and debrief will live:
      </Text>
      <List fz="sm" c="dimmed" spacing={4}>
        <List.Item>research on the organization — what its website already says (M7)</List.Item>
        <List.Item>your written answers to the expected questions (A1–A6, M4)</List.Item>
        <List.Item>your questions, high level first, fitted to their tenure (M6–M10)</List.Item>
        <List.Item>afterwards: what you learned (M13) and the referrals offered (M11)</List.Item>
      </List>
    </Card>
  );
}
