import { Button, Group, Stack, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import type { MeetingView } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { SectionCard } from "../../components/SectionCard.tsx";
import { isApiError } from "../../lib/api.ts";
import {
  buildInput,
  errorKey,
  errorMessage,
  type DebriefForm as Form,
  type FormErrors,
  type PersonRef,
} from "./debrief-form.ts";
import { InsightsFieldset } from "./InsightsFieldset.tsx";
import { type Debrief, useSubmitDebrief } from "./queries.ts";
import { ReferralsFieldset } from "./ReferralsFieldset.tsx";

type Props = {
  meeting: MeetingView;
  initial: Form;
  met: PersonRef[];
  saved: boolean;
  onSaved: (result: Debrief) => void;
};

/** Where to send focus for an error key: the first control of that field. */
function focusError(errors: FormErrors) {
  const [key] = Object.keys(errors);
  if (!key) return;
  const id =
    key === "choice"
      ? "referral-choice"
      : key.startsWith("insight.")
        ? `insight-${key.slice(8)}`
        : key.replace(".", "-");
  const target = document.getElementById(id);
  (target?.querySelector<HTMLElement>("input, textarea, button") ?? target)?.focus();
}

export function DebriefForm({ meeting, initial, met, saved, onSaved }: Props) {
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>({});
  const submit = useSubmitDebrief(meeting.id);
  const change = (patch: Partial<Form>) => {
    setForm((f) => ({ ...f, ...patch }));
    if (Object.keys(errors).length) setErrors({});
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const built = buildInput(form, meeting);
    if ("errors" in built) {
      setErrors(built.errors);
      focusError(built.errors);
      return;
    }
    submit.mutate(built.input, {
      onSuccess: (result) => onSaved(result),
      onError: (error) => {
        if (!isApiError(error)) return;
        const found: FormErrors = {};
        for (const issue of error.issues) {
          const key = errorKey(issue.field, form, built.rowKeys);
          if (key && !found[key]) found[key] = errorMessage(key, issue.reason);
        }
        setErrors(found);
        focusError(found);
      },
    });
  };

  const heldDay = /^\d{4}-\d{2}-\d{2}/.exec(form.heldAt)?.[0] ?? null;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Debrief">
      <Stack gap="lg">
        <SectionCard title="When it was held">
          <TextInput
            id="heldAt"
            type="datetime-local"
            label="Held at"
            description={`In the meeting's time zone, ${meeting.timeZone.replace(/_/g, " ")}`}
            value={form.heldAt}
            error={errors.heldAt}
            onChange={(e) => change({ heldAt: e.currentTarget.value })}
            maw={320}
          />
        </SectionCard>
        <InsightsFieldset
          rows={form.insights}
          onChange={(insights) => change({ insights })}
          errors={errors}
        />
        <ReferralsFieldset
          form={form}
          onChange={change}
          errors={errors}
          met={met}
          heldDay={heldDay}
        />
        <SectionCard
          title="Notes"
          description="Anything else worth remembering: how it went, what you promised to send."
        >
          <Textarea
            id="notes"
            label="Notes"
            autosize
            minRows={3}
            maxRows={14}
            value={form.notes}
            error={errors.notes}
            onChange={(e) => change({ notes: e.currentTarget.value })}
          />
        </SectionCard>
        {submit.isError && Object.keys(errors).length === 0 && (
          <ApiErrorAlert error={submit.error} />
        )}
        <Group justify="flex-end">
          <Button type="submit" size="md" loading={submit.isPending}>
            {saved ? "Update debrief" : "Save debrief"}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
