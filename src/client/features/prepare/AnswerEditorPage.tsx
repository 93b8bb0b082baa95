import { Text } from "@mantine/core";
import { IconMessageQuestion } from "@tabler/icons-react";
import { useParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { QueryPage } from "../../components/QueryPage.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import { useSignedInSession } from "../auth/session.ts";
import { AnswerEditor } from "./AnswerEditor.tsx";
import { guideFor, WHY_WRITE_ANSWERS } from "./answer-guide.ts";
import { CustomAnswerActions } from "./CustomAnswerActions.tsx";
import { type AnswerView, useAnswer } from "./queries.ts";

/** /prepare/answers/:key — one answer of the bank, written against the method's checklist. */
export function AnswerEditorPage() {
  const { key = "" } = useParams();
  const answer = useAnswer(key);
  const canEdit = useSignedInSession().workspace.canEdit;
  const title = answer.data?.question || "Answer";
  useDocumentTitle(title);

  return (
    <QueryPage
      query={answer}
      back={{ to: "/prepare", label: "Prepare" }}
      loading="Loading the answer"
      missing={{
        title: "No such answer",
        icon: <IconMessageQuestion size={28} aria-hidden="true" />,
      }}
    >
      {(data) => <AnswerContent data={data} title={title} canEdit={canEdit} />}
    </QueryPage>
  );
}

function AnswerContent({
  data,
  title,
  canEdit,
}: {
  data: AnswerView;
  title: string;
  canEdit: boolean;
}) {
  const guide = guideFor(data.kind);
  return (
    <>
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
