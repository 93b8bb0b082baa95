import { Anchor, Center, Loader, Text } from "@mantine/core";
import { IconArrowLeft, IconMessageQuestion } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { isApiError } from "../../lib/api.ts";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { AnswerEditor } from "./AnswerEditor.tsx";
import { guideFor, WHY_WRITE_ANSWERS } from "./answer-guide.ts";
import { CustomAnswerActions } from "./CustomAnswerActions.tsx";
import { useAnswer } from "./queries.ts";

/** /prepare/answers/:key — one answer of the bank, written against the method's checklist. */
export function AnswerEditorPage() {
  const { key = "" } = useParams();
  const answer = useAnswer(key);
  const canEdit = useSignedInSession().workspace.canEdit;
  const title = answer.data?.question || "Answer";
  useDocumentTitle(title);

  const back = (
    <Anchor component={Link} to="/prepare" fz="sm" display="inline-flex" mb="xs">
      <IconArrowLeft size={16} aria-hidden="true" style={{ marginRight: 4 }} /> Prepare
    </Anchor>
  );

  if (answer.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader aria-label="Loading the answer" />
      </Center>
    );
  }
  if (answer.isError) {
    return (
      <>
        {back}
        {isApiError(answer.error) && answer.error.status === 404 ? (
          <EmptyState
            icon={<IconMessageQuestion size={28} aria-hidden="true" />}
            title="No such answer"
            description="It may have been deleted, or the link is mistyped."
          />
        ) : (
          <ApiErrorAlert error={answer.error} />
        )}
      </>
    );
  }

  const data = answer.data;
  const guide = guideFor(data.kind);
  return (
    <>
      {back}
      <PageHeader
        title={data.question || "Untitled question"}
        documentTitle={title}
        description={
          guide ? (
            <>
              <Text component="span" fw={600} c="var(--mantine-color-text)">
                {guide.rule}.
              </Text>{" "}
              {WHY_WRITE_ANSWERS}
            </>
          ) : (
            WHY_WRITE_ANSWERS
          )
        }
        actions={data.kind === "custom" && canEdit ? <CustomAnswerActions answer={data} /> : null}
      />
      {/* Keyed by answer: the editor's text starts from the server's once per answer. */}
      <AnswerEditor key={data.key} answer={data} canEdit={canEdit} />
    </>
  );
}
