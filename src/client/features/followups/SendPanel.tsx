import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconCheck, IconDownload, IconInfoCircle, IconMail, IconSend } from "@tabler/icons-react";
import type { MouseEvent } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { unfilledPlaceholders } from "../../../shared/followups/index.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { isApiError } from "../../lib/api.ts";
import type { Draft } from "./DraftFields.tsx";
import { emlHref, mailtoHref } from "./mail-links.ts";
import { useMarkSent, useSendFollowUp } from "./queries.ts";

type Props = {
  followUp: FollowUpView;
  draft: Draft;
  /** Saves the edited draft before the server uses it (send, .eml, mark as sent). */
  saveFirst: () => Promise<void>;
  dirty: boolean;
  onFinished: (how: "queued" | "marked") => void;
};

/**
 * Send through the server's outbox, or — always offered, and the way when the server has no
 * SMTP — from the user's own mail program (mailto: or .eml), then "Mark as sent".
 */
export function SendPanel({ followUp: f, draft, saveFirst, dirty, onFinished }: Props) {
  const send = useSendFollowUp();
  const markSent = useMarkSent();
  const smtpMissing = isApiError(send.error) && send.error.code === "smtp_not_configured";
  const blocked = !f.to || unfilledPlaceholders(draft).length > 0 || !draft.subject.trim();

  const onSend = async () => {
    try {
      await saveFirst();
      await send.mutateAsync(f.id);
      notifications.show({
        color: "sea",
        message: `Queued: the note to ${f.personName} is on its way.`,
      });
      onFinished("queued");
    } catch {
      // Shown below: the 409 as the alternatives, anything else as an error.
    }
  };

  const onMarkSent = async () => {
    try {
      await saveFirst();
      await markSent.mutateAsync(f.id);
      notifications.show({ color: "sea", message: `Recorded: you wrote to ${f.personName}.` });
      onFinished("marked");
    } catch {
      // Shown below.
    }
  };

  // The .eml is rendered by the server from the saved draft: save an edited one first.
  const onEml = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (!dirty) return;
    event.preventDefault();
    await saveFirst();
    window.location.assign(emlHref(f.id));
  };

  return (
    <Stack gap="sm">
      {smtpMissing && (
        <Alert
          role="status"
          color="blue"
          variant="light"
          icon={<IconInfoCircle aria-hidden="true" />}
          title="This server does not send e-mail"
        >
          No mail server is set up for Warmpath, so send the note from your own mail program: open
          it in your mail app or download the .eml, send it, then choose “Mark as sent”.
        </Alert>
      )}
      {send.isError && !smtpMissing && <ApiErrorAlert error={send.error} />}
      {markSent.isError && <ApiErrorAlert error={markSent.error} />}
      <Group gap="sm">
        <Button
          leftSection={<IconSend size={16} aria-hidden="true" />}
          onClick={onSend}
          loading={send.isPending}
          disabled={blocked || smtpMissing}
        >
          Send
        </Button>
        {blocked && (
          <Text fz="sm" c="dimmed">
            {f.to ? "Finish the draft to send it." : "Needs an e-mail address to send."}
          </Text>
        )}
      </Group>
      <Text fz="sm" c="dimmed">
        Or send it yourself:
      </Text>
      <Group gap="xs">
        <Button
          component="a"
          href={mailtoHref(f.to, draft.subject, draft.body)}
          variant={smtpMissing ? "light" : "default"}
          leftSection={<IconMail size={16} aria-hidden="true" />}
        >
          Open in your mail app
        </Button>
        <Button
          component="a"
          href={emlHref(f.id)}
          download
          onClick={onEml}
          variant={smtpMissing ? "light" : "default"}
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          Download .eml
        </Button>
        <Button
          onClick={onMarkSent}
          loading={markSent.isPending}
          variant={smtpMissing ? "filled" : "default"}
          leftSection={<IconCheck size={16} aria-hidden="true" />}
        >
          Mark as sent
        </Button>
      </Group>
    </Stack>
  );
}
