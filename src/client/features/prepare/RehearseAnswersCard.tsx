import { Anchor, Center, Checkbox, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { guideFor } from "./answer-guide.ts";
import { answerStatus, STATUS_LABELS, spokenRange } from "./answer-status.ts";
import { useAnswers, usePatchPrep, usePrep } from "./queries.ts";

type Props = { meetingId: string; canEdit: boolean };

/** The prepared answers to rehearse for this meeting (M4); they are printed on the brief. */
export function RehearseAnswersCard({ meetingId, canEdit }: Props) {
  const answers = useAnswers();
  const prep = usePrep(meetingId);
  const patch = usePatchPrep(meetingId);

  let body: ReactNode;
  if (answers.isPending || prep.isPending) {
    body = (
      <Center py="md" role="status">
        <Loader size="sm" role="status" aria-label="Loading answers" />
      </Center>
    );
  } else if (answers.isError || prep.isError) {
    body = <ApiErrorAlert error={answers.error ?? prep.error} />;
  } else {
    const chosen = prep.data.answerKeys;
    body = (
      <Checkbox.Group
        label="Answers to rehearse"
        labelProps={{ className: "visually-hidden" }}
        value={chosen}
        onChange={(answerKeys) => patch.mutate({ answerKeys })}
        readOnly={!canEdit}
      >
        <Stack gap="sm">
          {answers.data.map((a) => {
            const status = answerStatus(a.check);
            const rule = guideFor(a.kind)?.rule;
            return (
              <Checkbox
                key={a.key}
                value={a.key}
                disabled={!canEdit}
                label={rule ? `${a.question} (${rule})` : a.question}
                description={
                  status === "empty"
                    ? "Not written yet"
                    : `${STATUS_LABELS[status].label} · ≈ ${spokenRange(a.check.spokenSeconds)} spoken`
                }
              />
            );
          })}
        </Stack>
      </Checkbox.Group>
    );
  }

  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="rehearse-title"
    >
      <Title order={2} fz="lg" id="rehearse-title" mb={4}>
        Answers to rehearse
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        The answers you expect to give, printed on the brief with their timing. Rehearse them aloud:
        prepared, not improvised (M4).
      </Text>
      {body}
      {patch.isError && <ApiErrorAlert error={patch.error} />}
      <Anchor component={Link} to="/prepare" fz="sm" mt="md" display="inline-block">
        Open the answer bank
      </Anchor>
    </Paper>
  );
}
