import { Grid, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useDeferredValue, useMemo, useState } from "react";
import { checkAnswer, isAnswerKind, TARGET_SECONDS } from "../../../shared/method/index.ts";
import { AnswerChecklist } from "./AnswerChecklist.tsx";
import { AnswerFindings } from "./AnswerFindings.tsx";
import { AnswerVersions } from "./AnswerVersions.tsx";
import { guideFor } from "./answer-guide.ts";
import { type AnswerView, useSaveAnswer } from "./queries.ts";
import { SaveStatus } from "./SaveStatus.tsx";
import { SpokenLengthMeter } from "./SpokenLengthMeter.tsx";
import { useAutosave } from "./use-autosave.ts";

type Props = { answer: AnswerView; canEdit: boolean };

/**
 * Writing one answer (M4): the text saves itself, and the method's checker runs in the
 * browser on every change (A1–A6 elements, spoken length, filler words), so the checklist
 * follows the typing. The server checks the saved text with the same engine.
 */
export function AnswerEditor({ answer, canEdit }: Props) {
  const [text, setText] = useState(answer.text);
  const save = useSaveAnswer(answer.key);
  const autosave = useAutosave({
    value: text,
    initial: answer.text,
    save: (value) => save.mutateAsync({ text: value }),
  });

  const kind = isAnswerKind(answer.kind) ? answer.kind : "custom";
  // Typing stays responsive on long answers: the check may lag a keystroke behind.
  const checkedText = useDeferredValue(text);
  const check = useMemo(() => checkAnswer(kind, checkedText), [kind, checkedText]);
  const target = TARGET_SECONDS[kind];
  const guide = guideFor(answer.kind);
  const present = check.elements.filter((e) => e.present).length;

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="md">
          <Textarea
            label="Your answer"
            description="Write it the way you would say it aloud. It saves as you type."
            placeholder={
              kind === "tell-me-about-yourself" ? "I grew up in …, studied … at …" : undefined
            }
            autosize
            minRows={12}
            maxRows={32}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            onBlur={() => void autosave.saveNow()}
            readOnly={!canEdit}
            styles={{ input: { fontSize: "var(--mantine-font-size-md)", lineHeight: 1.6 } }}
          />
          <SaveStatus
            status={autosave.status}
            error={autosave.error}
            version={answer.version}
            onRetry={() => void autosave.saveNow()}
          />
          {/* The checklist changes silently on screen; say the count when it changes. */}
          {check.elements.length > 0 && (
            <div className="visually-hidden" aria-live="polite">
              {present} of {check.elements.length} elements of a good answer present.
            </div>
          )}
          <AnswerFindings check={check} />
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md">
          {guide ? (
            <AnswerChecklist check={check} guide={guide} />
          ) : (
            <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="own-help">
              <Title order={2} fz="lg" id="own-help" mb={4}>
                Your own question
              </Title>
              <Text fz="sm" c="dimmed">
                Answer it the way you would say it, briefly enough to leave room for the
                conversation, and rehearse it aloud (M4).
              </Text>
            </Paper>
          )}
          <SpokenLengthMeter words={check.words} spoken={check.spokenSeconds} target={target} />
          <AnswerVersions
            answerKey={answer.key}
            currentVersion={answer.version}
            canEdit={canEdit}
            onRestore={setText}
          />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
