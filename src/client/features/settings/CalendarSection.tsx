import { Alert, Anchor, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconAlertTriangle,
  IconCheck,
  IconCopy,
  IconDownload,
  IconRefresh,
} from "@tabler/icons-react";
import { useState } from "react";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { SectionCard } from "../../components/SectionCard.tsx";
import { useCreateCalendarToken, useRevokeCalendarToken } from "./search-queries.ts";

type Props = { active: boolean; canEdit: boolean };

/** A secret calendar feed of meetings and follow-up days, for any calendar app; or one file. */
export function CalendarSection({ active, canEdit }: Props) {
  const create = useCreateCalendarToken();
  const revoke = useRevokeCalendarToken();
  const [url, setUrl] = useState<string | null>(null);
  const [asking, setAsking] = useState<"regenerate" | "revoke" | null>(null);

  const makeUrl = () =>
    create.mutate(undefined, {
      onSuccess: (token) => {
        setUrl(token.url);
        setAsking(null);
      },
    });
  const stop = () =>
    revoke.mutate(undefined, {
      onSuccess: () => {
        setUrl(null);
        setAsking(null);
        notifications.show({ color: "sea", message: "The calendar feed URL no longer works." });
      },
    });

  return (
    <SectionCard
      title="Calendar"
      description="Your meetings and follow-up days in the calendar you already use: subscribe to a private feed URL, or download a file."
    >
      <Stack gap="md">
        {create.isError && !asking && <ApiErrorAlert error={create.error} />}
        {url && (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle aria-hidden="true" />}
            title="Your feed URL"
          >
            <Stack gap="xs">
              <Text fz="sm">
                Add it to your calendar app as a subscription (“From URL”). Anyone with the URL can
                read your calendar: keep it private. Copy it now; Warmpath shows it only once.
              </Text>
              <Code block style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
                {url}
              </Code>
              <Group>
                <CopyButton value={url} timeout={4000}>
                  {({ copied, copy }) => (
                    <Button
                      onClick={copy}
                      variant={copied ? "light" : "filled"}
                      leftSection={
                        copied ? (
                          <IconCheck size={16} aria-hidden="true" />
                        ) : (
                          <IconCopy size={16} aria-hidden="true" />
                        )
                      }
                    >
                      {copied ? "Copied" : "Copy URL"}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        {!url && (
          <Text fz="sm">
            {active
              ? "A feed URL is active. Its address is shown only when it is made: make a new one if you need it again."
              : "No feed URL yet."}
          </Text>
        )}
        <Group gap="sm">
          {canEdit && (
            <Button
              variant={active ? "default" : "filled"}
              leftSection={<IconRefresh size={16} aria-hidden="true" />}
              onClick={() => (active ? setAsking("regenerate") : makeUrl())}
              loading={create.isPending && !asking}
            >
              {active ? "Make a new feed URL" : "Create a feed URL"}
            </Button>
          )}
          {canEdit && active && (
            <Button variant="subtle" color="red" onClick={() => setAsking("revoke")}>
              Turn off the feed
            </Button>
          )}
          <Anchor
            href="/api/calendar.ics"
            download
            fz="sm"
            display="inline-flex"
            style={{ alignItems: "center", gap: 4 }}
          >
            <IconDownload size={16} aria-hidden="true" /> Download .ics
          </Anchor>
        </Group>
      </Stack>
      <ConfirmModal
        opened={asking === "regenerate"}
        title="Make a new feed URL?"
        confirmLabel="Make a new URL"
        onConfirm={makeUrl}
        onClose={() => setAsking(null)}
        loading={create.isPending}
        error={create.isError ? create.error : undefined}
      >
        <Text>
          The current URL stops working at once: calendars subscribed to it stop updating until you
          give them the new one.
        </Text>
      </ConfirmModal>
      <ConfirmModal
        opened={asking === "revoke"}
        title="Turn off the calendar feed?"
        confirmLabel="Turn off"
        onConfirm={stop}
        onClose={() => setAsking(null)}
        loading={revoke.isPending}
        error={revoke.isError ? revoke.error : undefined}
        destructive
      >
        <Text>The feed URL stops working at once. Calendars subscribed to it stop updating.</Text>
      </ConfirmModal>
    </SectionCard>
  );
}
