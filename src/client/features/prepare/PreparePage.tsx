import { Button, Center, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconMessagePlus } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { AnswerCard } from "./AnswerCard.tsx";
import { WHY_WRITE_ANSWERS } from "./answer-guide.ts";
import { QuestionTitleModal } from "./QuestionTitleModal.tsx";
import { useAnswers, useCreateAnswer } from "./queries.ts";
import { UpcomingPrepList } from "./UpcomingPrepList.tsx";

/** The answer bank (A1–A6 and the job seeker's own questions) and the meetings to prepare. */
export function PreparePage() {
  const answers = useAnswers();
  const canEdit = useSignedInSession().workspace.canEdit;
  const [adding, setAdding] = useState(false);
  const create = useCreateAnswer();
  const navigate = useNavigate();

  const addQuestion = (title: string) =>
    create.mutate(
      { title },
      { onSuccess: (created) => navigate(`/prepare/answers/${encodeURIComponent(created.key)}`) },
    );

  const standard = answers.data?.filter((a) => a.kind !== "custom") ?? [];
  const custom = answers.data?.filter((a) => a.kind === "custom") ?? [];

  return (
    <>
      <PageHeader
        title="Prepare"
        description="Your answers to the questions you will be asked, and the questions you will ask in each meeting — written before the meeting, not improvised (M4)."
      />
      <Stack gap={40}>
        <Stack component="section" aria-labelledby="bank-title" gap="sm">
          <div>
            <Title order={2} fz="xl" id="bank-title">
              The questions you will be asked
            </Title>
            <Text c="dimmed" fz="sm" maw={720}>
              {WHY_WRITE_ANSWERS}
            </Text>
          </div>
          {answers.isPending ? (
            <Center py="xl" role="status">
              <Loader role="status" aria-label="Loading your answers" />
            </Center>
          ) : answers.isError ? (
            <ApiErrorAlert error={answers.error} />
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {standard.map((a) => (
                <AnswerCard key={a.key} answer={a} />
              ))}
            </SimpleGrid>
          )}
        </Stack>

        <Stack component="section" aria-labelledby="own-title" gap="sm">
          <div>
            <Title order={2} fz="xl" id="own-title">
              Your own questions
            </Title>
            <Text c="dimmed" fz="sm" maw={720}>
              Any other question you expect — a career change, a gap, why you left. Write the answer
              now so that you do not invent it on the spot (M4).
            </Text>
          </div>
          {custom.length > 0 && (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {custom.map((a) => (
                <AnswerCard key={a.key} answer={a} />
              ))}
            </SimpleGrid>
          )}
          {canEdit && answers.isSuccess && (
            <div>
              <Button
                variant="light"
                leftSection={<IconMessagePlus size={18} aria-hidden="true" />}
                onClick={() => {
                  create.reset();
                  setAdding(true);
                }}
              >
                Add a question
              </Button>
            </div>
          )}
        </Stack>

        <UpcomingPrepList />
      </Stack>

      <QuestionTitleModal
        opened={adding}
        onClose={() => setAdding(false)}
        heading="Add a question you expect"
        submitLabel="Add and write the answer"
        pending={create.isPending}
        error={create.error}
        onSubmit={addQuestion}
      />
    </>
  );
}
