import { Group, Text } from "@mantine/core";

/** The Warmpath mark: a path that climbs to a warm point. Decorative; the name is the text. */
export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-sea-8)" />
      <path
        d="M7 23c4 0 4-8 9-8s5-6 9-6"
        fill="none"
        stroke="#fff"
        strokeWidth="3"
        strokeLinecap="round"
      />
      <circle cx="25" cy="9" r="3.2" fill="var(--mantine-color-orange-2)" />
      <circle cx="7" cy="23" r="2.2" fill="#fff" />
    </svg>
  );
}

/** Mark and name together, as in the header and on the sign-in pages. */
export function Wordmark({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark size={size} />
      <Text component="span" fw={700} fz={size * 0.68} lh={1} style={{ letterSpacing: "-0.01em" }}>
        Warmpath
      </Text>
    </Group>
  );
}
