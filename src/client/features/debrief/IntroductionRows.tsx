import { Button, Group, Stack, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { emptyIntro, type FormErrors, type IntroRow, type PersonRef } from "./debrief-form.ts";
import { IntroductionRowFields } from "./IntroductionRowFields.tsx";

type Props = {
  heading: string;
  hint: string;
  /** "Introduction" / "Person mentioned": each row's name. */
  rowLabel: string;
  rows: IntroRow[];
  onChange: (rows: IntroRow[]) => void;
  errors: FormErrors;
  met: PersonRef[];
};

/** A repeatable list of people to be introduced to. */
export function IntroductionRows({ heading, hint, rowLabel, rows, onChange, errors, met }: Props) {
  const change = (key: string, patch: Partial<IntroRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Stack gap="sm">
      <div>
        <Text fw={600}>{heading}</Text>
        <Text fz="sm" c="dimmed">
          {hint}
        </Text>
      </div>
      {rows.map((row, index) => (
        <IntroductionRowFields
          key={row.key}
          row={row}
          label={`${rowLabel} ${index + 1}`}
          onChange={(patch) => change(row.key, patch)}
          onRemove={rows.length > 1 ? () => onChange(rows.filter((r) => r.key !== row.key)) : null}
          errors={errors}
          met={met}
        />
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => onChange([...rows, emptyIntro()])}
        >
          Add another person
        </Button>
      </Group>
    </Stack>
  );
}
