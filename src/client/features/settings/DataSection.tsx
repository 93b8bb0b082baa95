import { Button, Group, Stack, Text } from "@mantine/core";
import { IconDownload, IconFileImport } from "@tabler/icons-react";
import { Link } from "react-router";
import { SectionCard } from "../../components/SectionCard.tsx";
import { useSignedInSession } from "../auth/session.ts";

const downloads = [
  { href: "/api/exports/json", label: "Full backup (JSON)" },
  { href: "/api/exports/vcard", label: "People as vCard" },
  { href: "/api/exports/csv", label: "People as CSV" },
];

/** Your data out (a backup, your contacts for another app) and contacts in. */
export function DataSection() {
  const { workspace } = useSignedInSession();
  return (
    <SectionCard
      title="Your data"
      description="Take everything with you, or bring in the contacts you already have."
    >
      <Stack gap="lg">
        <Stack gap="xs">
          <Group gap="sm">
            {downloads.map((d) => (
              <Button
                key={d.href}
                component="a"
                href={d.href}
                download
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden="true" />}
              >
                {d.label}
              </Button>
            ))}
          </Group>
          <Text fz="sm" c="dimmed">
            The backup holds the whole workspace — people, meetings, answers, follow-ups — and
            restores with <code>warmpath restore</code>. vCard and CSV hold your people, for an
            address book or a spreadsheet.
          </Text>
        </Stack>
        {workspace.canEdit && (
          <Group gap="sm">
            <Button
              component={Link}
              to="/people/import"
              leftSection={<IconFileImport size={16} aria-hidden="true" />}
            >
              Import contacts
            </Button>
            <Text fz="sm" c="dimmed">
              From LinkedIn, Google Contacts or vCard.
            </Text>
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
