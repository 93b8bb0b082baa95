import { Anchor, Code, Group, Stack, Text } from "@mantine/core";
import { IconExternalLink } from "@tabler/icons-react";
import { useState } from "react";
import type { TokenView } from "../../../shared/api/auth.ts";
import { SectionCard } from "../../components/SectionCard.tsx";
import { NewTokenForm } from "./NewTokenForm.tsx";
import { RevokeTokenModal } from "./RevokeTokenModal.tsx";
import { TokenSecretAlert } from "./TokenSecretAlert.tsx";
import { TokenTable } from "./TokenTable.tsx";

type NewToken = { name: string; token: string };

/** Personal API tokens: list, create (secret shown once), revoke. */
export function TokensSection() {
  const [created, setCreated] = useState<NewToken | null>(null);
  const [revoking, setRevoking] = useState<TokenView | null>(null);

  return (
    <SectionCard
      title="Personal API tokens"
      description={
        <>
          Tokens let your scripts call the Warmpath API as you, with the header{" "}
          <Code>Authorization: Bearer …</Code>. Treat each one like a password.
        </>
      }
    >
      <Stack gap="lg">
        <Group gap={6}>
          <Anchor href="/api/docs" target="_blank" rel="noopener">
            API reference
          </Anchor>
          <IconExternalLink size={14} aria-hidden="true" />
          <Text component="span" className="visually-hidden">
            (opens in a new tab)
          </Text>
        </Group>
        {created && (
          <TokenSecretAlert
            name={created.name}
            token={created.token}
            onDone={() => setCreated(null)}
          />
        )}
        <NewTokenForm onCreated={(token) => setCreated(token)} />
        <TokenTable onRevoke={setRevoking} />
      </Stack>
      <RevokeTokenModal token={revoking} onClose={() => setRevoking(null)} />
    </SectionCard>
  );
}
