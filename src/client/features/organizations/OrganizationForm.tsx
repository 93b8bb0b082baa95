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
import type { OrganizationView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { useZodForm } from "../../lib/use-zod-form.ts";
import { textareaProps } from "../network/textarea-props.ts";
import {
  OrganizationFormText,
  organizationFormLabels,
  organizationFormValues,
} from "./organization-form.ts";
import { useCreateOrganization, useUpdateOrganization } from "./queries.ts";

type Props = {
  organization?: OrganizationView;
  onDone: (organization: OrganizationView) => void;
  onCancel: () => void;
};

/** Adds or edits an organization, with what its website says (M7) kept apart from your notes. */
export function OrganizationForm({ organization, onDone, onCancel }: Props) {
  const create = useCreateOrganization();
  const update = useUpdateOrganization(organization?.id ?? "");
  const mutation = organization ? update : create;
  const form = useZodForm({
    schema: OrganizationFormText,
    initialValues: organizationFormValues(organization),
    labels: organizationFormLabels,
  });
  const [isTarget, setIsTarget] = useState(organization?.isTarget ?? false);
  const [tags, setTags] = useState<string[]>(organization?.tags ?? []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = form.validate();
    if (!text) return;
    mutation.mutate(
      { ...text, isTarget, tags },
      { onSuccess: onDone, onError: (error) => form.applyApiError(error) },
    );
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label={organization ? "Edit organization" : "Add an organization"}
    >
      <Stack gap="md">
        {mutation.isError && <ApiErrorAlert error={mutation.error} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput {...form.getInputProps("name")} required data-autofocus autoComplete="off" />
          <TextInput {...form.getInputProps("website")} placeholder="example.org" />
          <TextInput {...form.getInputProps("sector")} placeholder="e.g. Health" />
          <TextInput {...form.getInputProps("size")} placeholder="e.g. 200 people" />
        </SimpleGrid>
        <Switch
          label="Target organization"
          description="A place you would like to work: Warmpath looks for paths to its decision-makers (M1, M2)."
          checked={isTarget}
          onChange={(event) => setIsTarget(event.currentTarget.checked)}
        />
        <Textarea
          {...textareaProps(form.getInputProps("research"))}
          description="What their website and published facts already say — founding, size, products, leaders. Know it; never ask it (M7)."
          autosize
          minRows={3}
          maxRows={10}
        />
        <Textarea
          {...textareaProps(form.getInputProps("notes"))}
          autosize
          minRows={2}
          maxRows={8}
        />
        <TagsInput
          label="Tags"
          description="Press Enter after each tag."
          value={tags}
          onChange={setTags}
          clearable
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {organization ? "Save changes" : "Add organization"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
