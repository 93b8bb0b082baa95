import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useState } from "react";
import { addDays } from "../../../shared/followups/index.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { FormModal } from "../../components/FormModal.tsx";
import type { PersonRef } from "../people/PeopleMultiSelect.tsx";
import { PersonPicker } from "../people/PersonPicker.tsx";
import { formatDay } from "./labels.ts";
import { useCreateFollowUp } from "./queries.ts";

type Props = {
  opened: boolean;
  onClose: () => void;
  today: string;
  /** Who it is for, when it is added from their page. */
  person?: PersonRef;
};

/** A reminder of one's own: write to someone on a day, with an optional draft. */
export function NewFollowUpModal({ opened, onClose, today, person }: Props) {
  return (
    <FormModal opened={opened} onClose={onClose} title="Add a follow-up">
      <NewFollowUpForm onClose={onClose} today={today} initialPerson={person ?? null} />
    </FormModal>
  );
}

function NewFollowUpForm({
  onClose,
  today,
  initialPerson,
}: {
  onClose: () => void;
  today: string;
  initialPerson: PersonRef | null;
}) {
  const create = useCreateFollowUp();
  const [person, setPerson] = useState<PersonRef | null>(initialPerson);
  const [dueOn, setDueOn] = useState(addDays(today, 1));
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [errors, setErrors] = useState<{ person?: string; dueOn?: string }>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      ...(person ? {} : { person: "Person is required" }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(dueOn) ? {} : { dueOn: "Due on must be a date" }),
    };
    setErrors(found);
    if (!person || Object.keys(found).length > 0) return;
    const draft = subject.trim() || body.trim() ? { draft: { subject, body } } : {};
    create.mutate(
      { personId: person.id, dueOn, ...draft },
      {
        onSuccess: () => {
          notifications.show({
            color: "sea",
            message: `Follow-up with ${person.name} on ${formatDay(dueOn)}.`,
          });
          onClose();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PersonPicker label="Person" value={person} onChange={setPerson} error={errors.person} />
        <TextInput
          type="date"
          label="Due on"
          value={dueOn}
          min={today}
          error={errors.dueOn}
          onChange={(e) => setDueOn(e.currentTarget.value)}
          maw={220}
        />
        <TextInput
          label="Subject"
          description="Optional: a draft to start from"
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
        />
        <Textarea
          label="Message"
          autosize
          minRows={4}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        {create.isError && <ApiErrorAlert error={create.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending}>
            Add follow-up
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
