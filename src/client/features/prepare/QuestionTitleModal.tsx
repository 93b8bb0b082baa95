import { Button, Group, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { CustomAnswerInput } from "../../../shared/api/prepare.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { DialogFrame } from "../../components/DialogFrame.tsx";
import { useZodForm } from "../../lib/use-zod-form.ts";

type Props = {
  opened: boolean;
  onClose: () => void;
  heading: string;
  submitLabel: string;
  initialTitle?: string;
  pending: boolean;
  error: unknown;
  onSubmit: (title: string) => void;
};

const schema = CustomAnswerInput.pick({ title: true });

/** Names a question of the job seeker's own (beyond A1–A6) that they want an answer ready for. */
export function QuestionTitleModal(props: Props) {
  return (
    <DialogFrame opened={props.opened} onClose={props.onClose} title={props.heading}>
      {/* Mounted only while open, so the field starts from the current title each time. */}
      {props.opened && <TitleForm {...props} />}
    </DialogFrame>
  );
}

function TitleForm(props: Props) {
  const form = useZodForm({
    schema,
    initialValues: { title: props.initialTitle ?? "" },
    labels: { title: "Question" },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = form.validate();
    if (parsed) props.onSubmit(parsed.title);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          {...form.getInputProps("title")}
          description="A question you expect to be asked, e.g. “Why did you leave your last job?”"
          placeholder="Why did you leave your last job?"
          data-autofocus
          maxLength={300}
        />
        {props.error != null && <ApiErrorAlert error={props.error} />}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
