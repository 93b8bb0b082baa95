import {
  Button,
  Chip,
  Fieldset,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useId, useMemo, useState } from "react";
import { MeetingInput, type MeetingView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { type FieldErrors, fieldErrors } from "../network/form-errors.ts";
import { meetingKind, meetingMode } from "../network/labels.ts";
import { PeopleMultiSelect, type PersonRef } from "../people/PeopleMultiSelect.tsx";
import { browserTimeZone, suggestedSlots, timeZones, zonedToIso } from "./meeting-time.ts";
import { useCreateMeeting } from "./queries.ts";

type Mode = keyof typeof meetingMode;
type Kind = keyof typeof meetingKind;

const labels = {
  personIds: "People",
  scheduledAt: "Date and time",
  timeZone: "Time zone",
  durationMinutes: "Duration",
  location: "Location",
  notes: "Notes",
};

const locationLabel: Record<Mode, string> = {
  video: "Video link",
  "in-person": "Address",
  phone: "Phone number",
};

type Props = {
  people?: PersonRef[];
  onDone: (meeting: MeetingView) => void;
  onCancel: () => void;
};

/** Plans a meeting; with people given, it takes a time and Save (M4: then prepare it). */
export function MeetingForm(props: Props) {
  const create = useCreateMeeting();
  const ids = { people: useId(), when: useId(), mode: useId() };
  const slots = useMemo(() => suggestedSlots(new Date()), []);
  const zones = useMemo(() => timeZones(), []);
  const [people, setPeople] = useState<PersonRef[]>(props.people ?? []);
  const [wall, setWall] = useState(slots[0]?.wall ?? "");
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [kind, setKind] = useState<Kind>("informational");
  const [mode, setMode] = useState<Mode>("video");
  const [duration, setDuration] = useState<number | string>(30);
  const [location, setLocation] = useState("");
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = MeetingInput.safeParse({
      personIds: people.map((p) => p.id),
      scheduledAt: zonedToIso(wall, timeZone) ?? "",
      timeZone,
      kind,
      mode,
      durationMinutes: Number(duration),
      location,
      notes,
    });
    if (!parsed.success) {
      const found = fieldErrors(parsed.error, labels);
      if (found.scheduledAt) found.scheduledAt = "Pick a date and time";
      setErrors(found);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: props.onDone,
      onError: (error) => setErrors(fieldErrors(error, labels)),
    });
  };

  const showAlert = create.isError && Object.keys(errors).length === 0;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Plan a meeting">
      <Stack gap="md">
        {showAlert && <ApiErrorAlert error={create.error} />}
        <PeopleMultiSelect
          id={ids.people}
          label="With"
          value={people}
          onChange={setPeople}
          error={errors.personIds}
        />
        <Fieldset
          variant="unstyled"
          legend="Suggested times"
          styles={{ legend: { fontSize: "var(--mantine-font-size-sm)", fontWeight: 500 } }}
        >
          <Chip.Group value={wall} onChange={(value) => setWall(String(value))}>
            <Group gap="xs">
              {slots.map((slot) => (
                <Chip key={slot.wall} value={slot.wall} size="sm">
                  {slot.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            id={ids.when}
            type="datetime-local"
            label="Date and time"
            description="In the meeting's time zone."
            value={wall}
            onChange={(event) => setWall(event.currentTarget.value)}
            error={errors.scheduledAt}
            required
          />
          <Select
            label="Time zone"
            description="Where the meeting happens; you see both times."
            data={zones}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            searchable
            allowDeselect={false}
            error={errors.timeZone}
            limit={50}
          />
        </SimpleGrid>
        <Stack gap={6}>
          <Text id={ids.mode} fz="sm" fw={500}>
            Mode
          </Text>
          <SegmentedControl
            aria-labelledby={ids.mode}
            value={mode}
            onChange={(value) => setMode(value as Mode)}
            data={Object.entries(meetingMode).map(([value, label]) => ({ value, label }))}
          />
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label="Kind"
            data={Object.entries(meetingKind).map(([value, label]) => ({ value, label }))}
            value={kind}
            onChange={(value) => value && setKind(value as Kind)}
            allowDeselect={false}
          />
          <NumberInput
            label="Duration (minutes)"
            value={duration}
            onChange={setDuration}
            min={5}
            max={600}
            step={15}
            error={errors.durationMinutes}
          />
        </SimpleGrid>
        <TextInput
          label={locationLabel[mode]}
          value={location}
          onChange={(event) => setLocation(event.currentTarget.value)}
          error={errors.location}
          placeholder={mode === "video" ? "https://…" : undefined}
        />
        <Textarea
          label="Notes"
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          error={errors.notes}
          autosize
          minRows={2}
          maxRows={6}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Save meeting
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
