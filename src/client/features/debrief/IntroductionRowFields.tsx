import {
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { IconTrash } from "@tabler/icons-react";
import { introductionStatus } from "../network/labels.ts";
import { PersonPicker } from "../people/PersonPicker.tsx";
import type { FormErrors, IntroRow, PersonRef } from "./debrief-form.ts";

type Props = {
  row: IntroRow;
  label: string;
  onChange: (change: Partial<IntroRow>) => void;
  onRemove: (() => void) | null;
  errors: FormErrors;
  /** The people met: who may introduce (the first one unless chosen). */
  met: PersonRef[];
};

/** One person to be introduced to: someone already in Warmpath, or someone new typed inline. */
export function IntroductionRowFields({ row, label, onChange, onRemove, errors, met }: Props) {
  const error = (field: string) => errors[`${row.key}.${field}`];
  const idOf = (field: string) => `${row.key}-${field}`;
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-labelledby={idOf("label")}>
      <Group justify="space-between" gap="xs" mb="xs">
        <Group gap="xs">
          <Text id={idOf("label")} fw={600} fz="sm">
            {label}
          </Text>
          {row.movedOn && (
            <Badge variant="light" color={introductionStatus[row.movedOn].color}>
              {introductionStatus[row.movedOn].label}: kept as is
            </Badge>
          )}
        </Group>
        {onRemove && (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            leftSection={<IconTrash size={14} aria-hidden="true" />}
            onClick={onRemove}
            aria-label={`Remove ${label.toLowerCase()}`}
          >
            Remove
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <SegmentedControl
          aria-label={`${label}: someone in Warmpath or someone new`}
          data={[
            { value: "existing", label: "In Warmpath" },
            { value: "new", label: "Someone new" },
          ]}
          value={row.mode}
          onChange={(mode) => onChange({ mode: mode === "new" ? "new" : "existing" })}
          disabled={row.movedOn !== null}
          fullWidth
        />
        {row.mode === "existing" ? (
          <PersonPicker
            id={idOf("person")}
            label="Person"
            value={row.person}
            onChange={(person) => onChange({ person })}
            error={error("person")}
            exclude={met.map((p) => p.id)}
          />
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              id={idOf("name")}
              label="Name"
              required
              value={row.name}
              error={error("name")}
              onChange={(e) => onChange({ name: e.currentTarget.value })}
            />
            <TextInput
              id={idOf("organization")}
              label="Organization"
              value={row.organization}
              error={error("organization")}
              onChange={(e) => onChange({ organization: e.currentTarget.value })}
            />
            <TextInput
              id={idOf("title")}
              label="Title"
              value={row.title}
              error={error("title")}
              onChange={(e) => onChange({ title: e.currentTarget.value })}
            />
            <TextInput
              id={idOf("email")}
              label="E-mail"
              type="email"
              value={row.email}
              error={error("email")}
              onChange={(e) => onChange({ email: e.currentTarget.value })}
            />
          </SimpleGrid>
        )}
        {met.length > 1 && (
          <Select
            id={idOf("from")}
            label="Introduced by"
            data={met.map((p) => ({ value: p.id, label: p.name }))}
            value={row.fromPersonId ?? met[0]?.id ?? null}
            onChange={(fromPersonId) => onChange({ fromPersonId })}
            allowDeselect={false}
            error={error("from")}
          />
        )}
      </Stack>
    </Paper>
  );
}
