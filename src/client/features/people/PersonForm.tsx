import {
  Button,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  TagsInput,
  Textarea,
  TextInput,
} from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { PersonView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { useZodForm } from "../../lib/use-zod-form.ts";
import { textareaProps } from "../network/textarea-props.ts";
import {
  type OrganizationChoice,
  OrganizationPicker,
} from "../organizations/OrganizationPicker.tsx";
import { PersonFormText, personFormLabels, personFormValues } from "./person-form.ts";
import { useCreatePerson, useUpdatePerson } from "./queries.ts";

type Props = {
  /** The person to edit; a new person when absent. */
  person?: PersonView;
  onDone: (person: PersonView) => void;
  onCancel: () => void;
};

/** Adds or edits a person: who they are, where they work, whether they can hire you. */
export function PersonForm({ person, onDone, onCancel }: Props) {
  const create = useCreatePerson();
  const update = useUpdatePerson(person?.id ?? "");
  const mutation = person ? update : create;
  const form = useZodForm({
    schema: PersonFormText,
    initialValues: personFormValues(person),
    labels: personFormLabels,
  });
  const [organization, setOrganization] = useState<OrganizationChoice | null>(
    person?.organizationId
      ? { id: person.organizationId, name: person.organizationName ?? "" }
      : null,
  );
  const [canHire, setCanHire] = useState(person?.canHire ?? false);
  const [tags, setTags] = useState<string[]>(person?.tags ?? []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = form.validate();
    if (!text) return;
    // An organization typed but not found is created by name on the server.
    const org = organization?.id
      ? { organizationId: organization.id }
      : organization
        ? { organizationName: organization.name }
        : { organizationId: null };
    const input = { ...text, name: text.name ?? "", ...org, canHire, tags };
    mutation.mutate(input, { onSuccess: onDone, onError: (error) => form.applyApiError(error) });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={person ? "Edit person" : "Add a person"}>
      <Stack gap="md">
        {mutation.isError && <ApiErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...form.getInputProps("name")} required autoComplete="off" data-autofocus />
          <TextInput {...form.getInputProps("title")} placeholder="e.g. Head of Operations" />
          <OrganizationPicker
            label="Organization"
            value={organization}
            onChange={setOrganization}
            allowCreate
            description="Pick one, or type a new name to add it."
          />
          <TextInput
            {...form.getInputProps("startedAt")}
            type="date"
            description="For tenure (M9): a newcomer tells what drew them; a veteran, what changed."
          />
        </SimpleGrid>
        <Switch
          checked={canHire}
          onChange={(event) => setCanHire(event.currentTarget.checked)}
          label="Can hire you — a decision-maker (M1)"
          description="Someone with the authority to hire for the role you want. Every referral chain aims at one."
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            {...form.getInputProps("emails")}
            description="Separate several with commas."
            autoComplete="off"
          />
          <TextInput
            {...form.getInputProps("phones")}
            description="Separate several with commas."
          />
          <TextInput {...form.getInputProps("profileUrl")} placeholder="linkedin.com/in/…" />
          <TextInput {...form.getInputProps("metOn")} type="date" />
        </SimpleGrid>
        <TextInput {...form.getInputProps("howWeMet")} placeholder="e.g. Alumni evening, via Ana" />
        <TagsInput
          label="Tags"
          description="Press Enter after each tag."
          value={tags}
          onChange={setTags}
          clearable
        />
        <Textarea
          {...textareaProps(form.getInputProps("notes"))}
          autosize
          minRows={3}
          maxRows={8}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {person ? "Save changes" : "Add person"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
