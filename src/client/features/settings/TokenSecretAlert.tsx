import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconCopy } from "@tabler/icons-react";
import { useEffect, useRef } from "react";

type Props = { name: string; token: string; onDone: () => void };

/**
 * The only time a token's secret is visible: the server keeps just a hash. Focus moves here
 * so that keyboard and screen-reader users meet the secret and the warning first.
 */
export function TokenSecretAlert({ name, token, onDone }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);

  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="yellow"
      variant="light"
      title={`Copy the token “${name}” now`}
      icon={<IconAlertTriangle aria-hidden="true" />}
    >
      <Stack gap="sm">
        <Text fz="sm">
          This is the only time Warmpath shows it. Store it somewhere safe, such as a password
          manager; if you lose it, revoke it and create a new one.
        </Text>
        <Code block fz="sm" style={{ overflowWrap: "anywhere", whiteSpace: "pre-wrap" }}>
          {token}
        </Code>
        <Group gap="sm">
          <CopyButton value={token} timeout={4000}>
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
                {copied ? "Copied" : "Copy token"}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDone}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
