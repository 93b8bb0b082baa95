import { Alert, Anchor, Text } from "@mantine/core";
import { IconConfetti } from "@tabler/icons-react";
import { Link } from "react-router";

/** After "I found a job": nothing new is scheduled (M12 runs as long as the search does). */
export function SearchEndedAlert() {
  return (
    <Alert
      color="sea"
      variant="light"
      icon={<IconConfetti aria-hidden="true" />}
      title="Your search has ended"
    >
      <Text fz="sm">
        The method's follow-ups have stopped: no thank-yous, check-ins or monthly notes are
        scheduled (reminders you added yourself stay). If you are looking again,{" "}
        <Anchor
          component={Link}
          to="/settings"
          fz="sm"
          underline="always"
          c="var(--mantine-color-sea-light-color)"
        >
          resume your search in Settings
        </Anchor>
        .
      </Text>
    </Alert>
  );
}
