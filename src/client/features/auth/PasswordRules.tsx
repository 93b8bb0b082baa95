import { Group, Text } from "@mantine/core";
import { IconCircleCheck, IconCircleDashed } from "@tabler/icons-react";

// Mirrors PasswordSchema in src/shared/api/auth.ts (8–256 characters); the schema is what
// actually decides, this only shows the rule while typing.
const MIN_LENGTH = 8;

/** The password rule, shown before the user makes a mistake rather than after. */
export function PasswordRules({ password }: { password: string }) {
  const met = password.length >= MIN_LENGTH;
  const Icon = met ? IconCircleCheck : IconCircleDashed;
  return (
    <Group component="span" gap={6} wrap="nowrap" c={met ? "sea" : "dimmed"}>
      <Icon size={16} aria-hidden="true" />
      <Text component="span" fz="sm" inherit>
        At least {MIN_LENGTH} characters{met ? " — done" : ""}. A few unrelated words make a strong,
        memorable password.
      </Text>
    </Group>
  );
}
