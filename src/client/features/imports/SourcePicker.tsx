import { Group, Radio, SimpleGrid, Stack, Text } from "@mantine/core";
import {
  type Icon,
  IconAddressBook,
  IconBrandGoogle,
  IconBrandLinkedin,
} from "@tabler/icons-react";
import { useId } from "react";
import type { ImportFormat } from "../../../shared/api/imports.ts";
import { IMPORT_SOURCES, sourceOf } from "./import-file.ts";
import classes from "./SourcePicker.module.css";

const icons: Record<ImportFormat, Icon> = {
  linkedin: IconBrandLinkedin,
  google: IconBrandGoogle,
  vcard: IconAddressBook,
};

type Props = {
  value: ImportFormat;
  onChange: (format: ImportFormat) => void;
  disabled?: boolean;
};

/** Where the contacts come from; the chosen source says where to get its file. */
export function SourcePicker({ value, onChange, disabled }: Props) {
  const helpId = useId();
  return (
    <Stack gap="xs">
      <Radio.Group
        value={value}
        onChange={(v) => {
          const chosen = IMPORT_SOURCES.find((s) => s.format === v);
          if (chosen) onChange(chosen.format);
        }}
        label="Where are your contacts from?"
        aria-describedby={helpId}
      >
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" mt="xs">
          {IMPORT_SOURCES.map((source) => {
            const SourceIcon = icons[source.format];
            return (
              <Radio.Card
                key={source.format}
                value={source.format}
                radius="md"
                p="sm"
                className={classes.card}
                disabled={disabled}
                aria-label={`${source.label}: ${source.file}`}
              >
                <Group gap="sm" wrap="nowrap" align="center">
                  <Radio.Indicator aria-hidden="true" />
                  <SourceIcon size={22} aria-hidden="true" />
                  <div>
                    <Text fw={600} lh={1.3}>
                      {source.label}
                    </Text>
                    <Text fz="xs" c="dimmed" lh={1.3}>
                      {source.file}
                    </Text>
                  </div>
                </Group>
              </Radio.Card>
            );
          })}
        </SimpleGrid>
      </Radio.Group>
      <Text fz="sm" c="dimmed" id={helpId}>
        {sourceOf(value).help}
      </Text>
    </Stack>
  );
}
