import { Alert, Loader, Text } from "@mantine/core";
import { IconAlertCircle, IconCircleCheck, IconSend } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { formatDateTime } from "../../lib/format-date.ts";
import { invalidateFollowUps } from "./queries.ts";

type Message = NonNullable<FollowUpView["message"]>;

/**
 * Where the message is: queued and sending (the outbox delivers it exactly once), sent, or
 * failed with the server's reason — the outbox retries on its own, so the user need not.
 */
export function MessageStatus({ message }: { message: Message }) {
  const queryClient = useQueryClient();
  const status = message.status;
  // Once delivered, the follow-up is done: Today and the person's page change with it.
  useEffect(() => {
    if (status === "sent") void invalidateFollowUps(queryClient);
  }, [status, queryClient]);

  if (status === "queued" || status === "sending") {
    return (
      <Alert
        role="status"
        color="blue"
        variant="light"
        icon={<Loader size={16} aria-hidden="true" />}
        title={status === "queued" ? "Queued" : "Sending…"}
      >
        The message is on its way; this updates when it has gone.
      </Alert>
    );
  }
  if (status === "failed") {
    return (
      <Alert
        role="status"
        color="red"
        variant="light"
        icon={<IconAlertCircle aria-hidden="true" />}
        title="Not sent yet"
      >
        <Text fz="sm">
          The mail server answered: {message.lastError ?? "no reason given"}. Warmpath will try
          again on its own (attempt {message.attempts} so far); nothing will be sent twice.
        </Text>
      </Alert>
    );
  }
  const manual = status === "manual";
  return (
    <Alert
      role="status"
      color="green"
      variant="light"
      icon={manual ? <IconCircleCheck aria-hidden="true" /> : <IconSend aria-hidden="true" />}
      title={manual ? "Marked as sent" : "Sent"}
    >
      {manual ? "You sent it yourself" : "Delivered to the mail server"}
      {message.sentAt ? ` on ${formatDateTime(message.sentAt)}` : ""}.
    </Alert>
  );
}
