import { Button, Group, Stack, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { type FormEvent, type Ref, useDeferredValue, useMemo, useState } from "react";
import { lintQuestion } from "../../../shared/method/index.ts";
import { QuestionFindings } from "./QuestionFindings.tsx";

type Props = {
  research: string;
  disabled: boolean;
  onAdd: (text: string) => void;
  ref?: Ref<HTMLInputElement>;
};

/** A new question, linted before it is even added (M7, M10), so a bad one never lands. */
export function AddQuestionForm({ research, disabled, onAdd, ref }: Props) {
  const [text, setText] = useState("");
  const typed = useDeferredValue(text.trim());
  const findings = useMemo(
    () => (typed.length < 6 ? [] : lintQuestion(typed, { research }).findings),
    [typed, research],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const question = text.trim();
    if (!question) return;
    onAdd(question);
    setText("");
  };
  return (
    <form onSubmit={submit}>
      <Stack gap={4}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            ref={ref}
            label="Add a question"
            placeholder="What challenges is the sector facing?"
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            maxLength={500}
            disabled={disabled}
            style={{ flex: 1 }}
            description={disabled ? "A meeting holds at most 60 questions." : undefined}
          />
          <Button
            type="submit"
            disabled={disabled || text.trim() === ""}
            leftSection={<IconPlus size={16} aria-hidden="true" />}
          >
            Add
          </Button>
        </Group>
        <div aria-live="polite">
          <QuestionFindings findings={findings} onRewrite={setText} />
        </div>
      </Stack>
    </form>
  );
}
