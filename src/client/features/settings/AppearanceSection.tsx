import {
  type MantineColorScheme,
  SegmentedControl,
  Text,
  useMantineColorScheme,
} from "@mantine/core";
import { useId } from "react";
import { SectionCard } from "../../components/SectionCard.tsx";

const options: { value: MantineColorScheme; label: string }[] = [
  { value: "auto", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

function isColorScheme(value: string): value is MantineColorScheme {
  return value === "auto" || value === "light" || value === "dark";
}

export function AppearanceSection() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const labelId = useId();
  return (
    <SectionCard title="Appearance">
      <Text id={labelId} fw={500} fz="sm" mb={6}>
        Colour scheme
      </Text>
      <SegmentedControl
        aria-labelledby={labelId}
        data={options}
        value={colorScheme}
        onChange={(value) => {
          if (isColorScheme(value)) setColorScheme(value);
        }}
      />
      <Text fz="sm" c="dimmed" mt="xs">
        System follows your device's light or dark setting. Saved in this browser.
      </Text>
    </SectionCard>
  );
}
