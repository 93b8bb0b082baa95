import {
  Button,
  Group,
  Radio,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useId, useState } from "react";
import type { IntroductionStatus, MeetingView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { formatDateTime } from "../../lib/format-date.ts";
import { introductionStatus, meetingKind } from "../network/labels.ts";
import { useCreateIntroduction } from "../network/queries.ts";
import {
  type OrganizationChoice,
  OrganizationPicker,
} from "../organizations/OrganizationPicker.tsx";
import type { PersonRef } from "./PeopleMultiSelect.tsx";
import { PersonPicker } from "./PersonPicker.tsx";
import { useCreatePerson } from "./queries.ts";

type Props = {
  person: PersonRef;
  meetings: MeetingView[];
  onDone: () => void;
  onCancel: () => void;
};

const recordable: IntroductionStatus[] = ["offered", "to-ask", "asked", "made"];

/** Records a referral (M11): this person introduces you to someone, known or new. */
export function RecordIntroductionForm({ person, meetings, onDone, onCancel }: Props) {
  const whoId = useId();
  const createPerson = useCreatePerson();
  const createIntroduction = useCreateIntroduction();
  const [direction, setDirection] = useState<"out" | "in">("out");
  const [who, setWho] = useState<"existing" | "new">("existing");
  const [other, setOther] = useState<PersonRef | null>(null);
  const [newName, setNewName] = useState("");
  const [newOrg, setNewOrg] = useState<OrganizationChoice | null>(null);
  const [newCanHire, setNewCanHire] = useState(false);
  const [status, setStatus] = useState<IntroductionStatus>("offered");
  // The latest held meeting is most often where the referral came from.
  const held = meetings.filter((m) => m.status === "held");
  const [meetingId, setMeetingId] = useState<string | null>(held[0]?.id ?? null);
  const [notes, setNotes] = useState("");
  const [missing, setMissing] = useState<string | null>(null);
  const error = createPerson.error ?? createIntroduction.error;
  const pending = createPerson.isPending || createIntroduction.isPending;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (who === "existing" && !other) return setMissing("Pick the person");
    if (who === "new" && !newName.trim()) return setMissing("Name is required");
    setMissing(null);
    try {
      const otherId =
        who === "existing"
          ? (other?.id ?? "")
          : (
              await createPerson.mutateAsync({
                name: newName.trim(),
                canHire: newCanHire,
                ...(newOrg?.id ? { organizationId: newOrg.id } : {}),
                ...(newOrg && !newOrg.id ? { organizationName: newOrg.name } : {}),
              })
            ).id;
      const [fromPersonId, toPersonId] =
        direction === "out" ? [person.id, otherId] : [otherId, person.id];
      await createIntroduction.mutateAsync({ fromPersonId, toPersonId, status, meetingId, notes });
      onDone();
    } catch {
      // Shown by the alert below from the mutation's error.
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record an introduction">
      <Stack gap="md">
        {error && <ApiErrorAlert error={error} />}
        <Radio.Group
          label="Direction"
          value={direction}
          onChange={(value) => setDirection(value === "in" ? "in" : "out")}
        >
          <Stack gap="xs" mt={6}>
            <Radio value="out" label={`${person.name} introduces you to someone`} />
            <Radio value="in" label={`Someone introduced you to ${person.name}`} />
          </Stack>
        </Radio.Group>
        <SegmentedControl
          aria-label="Someone already in Warmpath, or someone new"
          value={who}
          onChange={(value) => setWho(value === "new" ? "new" : "existing")}
          data={[
            { value: "existing", label: "Someone in Warmpath" },
            { value: "new", label: "Someone new" },
          ]}
        />
        {who === "existing" ? (
          <PersonPicker
            id={whoId}
            label={direction === "out" ? "Introduces you to" : "Introduced by"}
            value={other}
            onChange={setOther}
            exclude={[person.id]}
            error={missing}
          />
        ) : (
          <Stack gap="sm">
            <TextInput
              label="Name"
              value={newName}
              onChange={(event) => setNewName(event.currentTarget.value)}
              error={missing}
              required
            />
            <OrganizationPicker
              label="Organization"
              value={newOrg}
              onChange={setNewOrg}
              allowCreate
            />
            <Switch
              label="Can hire you — a decision-maker (M1)"
              checked={newCanHire}
              onChange={(event) => setNewCanHire(event.currentTarget.checked)}
            />
          </Stack>
        )}
        <Radio.Group
          label="Status"
          value={status}
          onChange={(v) => setStatus(v as IntroductionStatus)}
        >
          <Stack gap="xs" mt={6}>
            {recordable.map((s) => (
              <Radio
                key={s}
                value={s}
                label={introductionStatus[s].label}
                description={introductionStatus[s].hint}
              />
            ))}
          </Stack>
        </Radio.Group>
        {meetings.length > 0 && (
          <Select
            label="From the meeting"
            placeholder="No meeting"
            data={meetings.map((m) => ({
              value: m.id,
              label: `${formatDateTime(m.scheduledAt)} · ${meetingKind[m.kind]}`,
            }))}
            value={meetingId}
            onChange={setMeetingId}
            clearable
          />
        )}
        <Textarea
          label="Notes"
          placeholder="What they said about this person, how to reach them"
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={pending}>
            Record introduction
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
