import { Button, Text } from "@mantine/core";
import { IconPencil, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ConfirmModal } from "../../components/ConfirmModal.tsx";
import { QuestionTitleModal } from "./QuestionTitleModal.tsx";
import { type AnswerView, useDeleteAnswer, useSaveAnswer } from "./queries.ts";

/** Rename or delete one of the job seeker's own questions (the six expected ones stay). */
export function CustomAnswerActions({ answer }: { answer: AnswerView }) {
  const [dialog, setDialog] = useState<"rename" | "delete" | null>(null);
  const rename = useSaveAnswer(answer.key);
  const remove = useDeleteAnswer(answer.key);
  const navigate = useNavigate();
  const close = () => setDialog(null);

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPencil size={16} aria-hidden="true" />}
        onClick={() => {
          rename.reset();
          setDialog("rename");
        }}
      >
        Rename
      </Button>
      <Button
        variant="default"
        color="red"
        leftSection={<IconTrash size={16} aria-hidden="true" />}
        onClick={() => {
          remove.reset();
          setDialog("delete");
        }}
      >
        Delete
      </Button>
      <QuestionTitleModal
        opened={dialog === "rename"}
        onClose={close}
        heading="Rename the question"
        submitLabel="Save"
        initialTitle={answer.question}
        pending={rename.isPending}
        error={rename.error}
        // The saved text goes along: a rename must not overwrite what the editor holds.
        onSubmit={(title) => rename.mutate({ text: answer.text, title }, { onSuccess: close })}
      />
      <ConfirmModal
        opened={dialog === "delete"}
        title="Delete this question?"
        confirmLabel="Delete"
        destructive
        loading={remove.isPending}
        error={remove.error}
        onClose={close}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate("/prepare") })}
      >
        <Text fz="sm">
          “{answer.question}”, its answer and every saved version will be deleted.
        </Text>
      </ConfirmModal>
    </>
  );
}
