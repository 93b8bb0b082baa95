import { Alert, Button, Divider, Group, Stack, Text } from "@mantine/core";
import { IconDeviceFloppy, IconRestore } from "@tabler/icons-react";
import { useState } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { type Draft, DraftFields } from "./DraftFields.tsx";
import { followUpRule } from "./labels.ts";
import { MessageStatus } from "./MessageStatus.tsx";
import { useFollowUp, useUpdateFollowUp } from "./queries.ts";
import { SendPanel } from "./SendPanel.tsx";

type Props = {
  followUp: FollowUpView;
  canEdit: boolean;
  /** After the message was queued or marked sent (a drawer closes, a review moves on). */
  onFinished?: (how: "queued" | "marked") => void;
};

/** One follow-up's e-mail: edit, save or reset the draft, then send it one way or another. */
export function FollowUpEditor({ followUp, canEdit, onFinished }: Props) {
  const f = useFollowUp(followUp.id, followUp).data ?? followUp;
  const [draft, setDraft] = useState<Draft>(f.draft);
  const update = useUpdateFollowUp();
  const dirty = draft.subject !== f.draft.subject || draft.body !== f.draft.body;
  // Once a message exists it is what goes (or went) out: the draft is no longer editable.
  const locked = !canEdit || f.message !== null;
  const rule = followUpRule[f.kind];

  const saveFirst = async () => {
    if (!dirty) return;
    const saved = await update.mutateAsync({ id: f.id, patch: { draft } });
    setDraft(saved.draft);
  };
  const reset = () =>
    update.mutate({ id: f.id, patch: { draft: null } }, { onSuccess: (v) => setDraft(v.draft) });

  return (
    <Stack gap="md">
      {rule && (
        <Text fz="sm" c="dimmed">
          <Text span fw={600} fz="sm">
            {rule.rule}
          </Text>{" "}
          · {rule.hint}
        </Text>
      )}
      {f.message && <MessageStatus message={f.message} />}
      {!f.message && f.status !== "due" && f.status !== "snoozed" && (
        <Alert color="gray" variant="light" role="status">
          This follow-up is {f.status === "done" ? "done" : "skipped"}.
        </Alert>
      )}
      <DraftFields
        value={draft}
        onChange={setDraft}
        to={f.to}
        personId={f.personId}
        personName={f.personName}
        readOnly={locked}
      />
      {update.isError && <ApiErrorAlert error={update.error} />}
      {!locked && (
        <>
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
              onClick={() => void saveFirst().catch(() => undefined)}
              disabled={!dirty}
              loading={update.isPending && dirty}
            >
              Save draft
            </Button>
            <Button
              variant="subtle"
              leftSection={<IconRestore size={16} aria-hidden="true" />}
              onClick={reset}
              disabled={!f.draftEdited && !dirty}
            >
              Reset to template
            </Button>
            {f.draftEdited && !dirty && (
              <Text fz="xs" c="dimmed">
                Your edited draft
              </Text>
            )}
          </Group>
          <Divider />
          <SendPanel
            followUp={f}
            draft={draft}
            dirty={dirty}
            saveFirst={saveFirst}
            onFinished={(how) => onFinished?.(how)}
          />
        </>
      )}
    </Stack>
  );
}
