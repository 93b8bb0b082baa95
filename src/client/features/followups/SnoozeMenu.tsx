import { Button, Group, Menu, Stack, Text, TextInput } from "@mantine/core";
import { IconChevronDown, IconClock } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { addDays } from "../../../shared/followups/index.ts";
import { DialogFrame } from "../../components/DialogFrame.tsx";
import { formatDay } from "./labels.ts";

type Props = {
  today: string;
  personName: string;
  onSnooze: (until: string) => void;
  loading?: boolean;
};

const presets = [
  { days: 1, label: "1 day" },
  { days: 3, label: "3 days" },
  { days: 7, label: "1 week" },
];

/** Snooze for a day, three days, a week, or until a day of one's choosing (after today). */
export function SnoozeMenu({ today, personName, onSnooze, loading }: Props) {
  const [picking, setPicking] = useState(false);
  const tomorrow = addDays(today, 1);
  const [day, setDay] = useState(addDays(today, 14));
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || day < tomorrow) {
      setError(`Pick a day after today (${formatDay(today)}).`);
      return;
    }
    onSnooze(day);
    setPicking(false);
  };

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button
            variant="subtle"
            size="compact-sm"
            loading={loading}
            leftSection={<IconClock size={16} aria-hidden="true" />}
            rightSection={<IconChevronDown size={14} aria-hidden="true" />}
            aria-label={`Snooze the follow-up with ${personName}`}
          >
            Snooze
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Remind me in</Menu.Label>
          {presets.map((p) => (
            <Menu.Item key={p.days} onClick={() => onSnooze(addDays(today, p.days))}>
              {p.label}
              <Text span fz="xs" c="dimmed" ml={6}>
                {formatDay(addDays(today, p.days))}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={() => setPicking(true)}>Pick a day…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <DialogFrame opened={picking} onClose={() => setPicking(false)} title="Snooze until">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              type="date"
              label="Remind me on"
              value={day}
              min={tomorrow}
              error={error}
              onChange={(event) => {
                setDay(event.currentTarget.value);
                setError(null);
              }}
              data-autofocus
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setPicking(false)}>
                Cancel
              </Button>
              <Button type="submit">Snooze</Button>
            </Group>
          </Stack>
        </form>
      </DialogFrame>
    </>
  );
}
