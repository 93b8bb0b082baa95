import { Button, Card, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus, IconClipboardText, IconNotes, IconPrinter } from "@tabler/icons-react";
import { Link } from "react-router";
import type { MeetingView } from "../../../shared/api/network.ts";

/**
 * The way to the meeting's preparation, brief and debrief (pages of their own, built by the
 * prepare and debrief features). Before the meeting the preparation comes first (M4);
 * once held, the debrief does (M11, M13).
 */
export function MeetingPrepCard({ meeting }: { meeting: MeetingView }) {
  const held = meeting.status === "held";
  const base = `/meetings/${meeting.id}`;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="prep-title">
      <Title order={2} fz="lg" id="prep-title" mb="xs">
        Preparation and debrief
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        {held
          ? "Record what you learned (M13) and every referral offered or mentioned (M11)."
          : "Research what their website already says (M7), write your answers (A1–A6) and order your questions (M8) — prepared, not improvised (M4)."}
      </Text>
      <Stack gap="xs">
        <Button
          component={Link}
          to={`${base}/prepare`}
          variant={held ? "default" : "filled"}
          leftSection={<IconNotes size={18} aria-hidden="true" />}
        >
          Prepare
        </Button>
        <Button
          component={Link}
          to={`${base}/brief`}
          variant="default"
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
        >
          Printable brief
        </Button>
        {meeting.status !== "cancelled" && (
          <Button
            component={Link}
            to={`${base}/debrief`}
            variant={held ? "filled" : "default"}
            leftSection={<IconClipboardText size={18} aria-hidden="true" />}
          >
            Debrief
          </Button>
        )}
        {/* A plain download: any calendar app opens the .ics file. */}
        <Button
          component="a"
          href={`/api${base}/ics`}
          download
          variant="default"
          leftSection={<IconCalendarPlus size={18} aria-hidden="true" />}
        >
          Add to calendar (.ics)
        </Button>
      </Stack>
    </Card>
  );
}
