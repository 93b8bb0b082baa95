import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from "@mantine/core";
import { IconMoon, IconSun } from "@tabler/icons-react";

/**
 * One-click light/dark switch in the header. The choice is stored (Mantine's localStorage
 * manager, read before first paint by public/color-scheme.js); "System" is in Settings.
 */
export function ColorSchemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme("light");
  const next = computed === "dark" ? "light" : "dark";
  const label = `Switch to ${next} mode`;
  return (
    <Tooltip label={label}>
      <ActionIcon
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
        onClick={() => setColorScheme(next)}
      >
        {computed === "dark" ? (
          <IconSun size={20} aria-hidden="true" />
        ) : (
          <IconMoon size={20} aria-hidden="true" />
        )}
      </ActionIcon>
    </Tooltip>
  );
}
