import { Badge, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { SectionCard } from "../../components/SectionCard.tsx";
import { useSignedInSession } from "../auth/session.ts";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" fz="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </Stack>
  );
}

export function AccountSection() {
  const { user, workspace } = useSignedInSession();
  return (
    <SectionCard title="Account">
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} spacing="md" m={0}>
        <Field label="Name">{user.name}</Field>
        <Field label="E-mail">{user.email}</Field>
        <Field label="Workspace">
          <Group component="span" gap="xs">
            {workspace.name}
            {!workspace.canEdit && (
              <Badge variant="light" color="gray">
                Read-only
              </Badge>
            )}
          </Group>
        </Field>
      </SimpleGrid>
    </SectionCard>
  );
}
