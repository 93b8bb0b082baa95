import { Alert, Anchor, Box, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconArrowLeft, IconEye } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import type { ImportFormat, ImportRejectedView } from "../../../shared/api/imports.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { FileDrop } from "./FileDrop.tsx";
import { ImportDone } from "./ImportDone.tsx";
import { ImportPreview } from "./ImportPreview.tsx";
import { ImportSteps } from "./ImportSteps.tsx";
import { checkImportFile, sourceOf } from "./import-file.ts";
import { SourcePicker } from "./SourcePicker.tsx";
import { TransferCard } from "./TransferCard.tsx";
import { useImportFlow } from "./use-import-flow.ts";

/**
 * Contacts in from LinkedIn, Google Contacts or vCard: choose the source and the file, see
 * what it would do (new, merged, skipped rows), then import it — the same file, committed.
 */
export function ImportPage() {
  const { workspace } = useSignedInSession();
  const [format, setFormat] = useState<ImportFormat>("linkedin");
  const [file, setFile] = useState<File | null>(null);
  const flow = useImportFlow();
  const source = sourceOf(format);
  const fileError = file ? checkImportFile(file, format) : null;

  // Another file or source makes the preview stale.
  const chooseFile = (next: File | null) => {
    flow.reset();
    setFile(next);
  };
  const chooseFormat = (next: ImportFormat) => {
    flow.reset();
    setFormat(next);
  };
  const startOver = () => chooseFile(null);
  const send = (mode: "preview" | "commit") => file && void flow.run(file, format, mode);

  const step = flow.done ? 3 : flow.transfer?.mode === "commit" ? 2 : flow.preview ? 1 : 0;

  let body: ReactNode;
  if (!workspace.canEdit) {
    body = (
      <Alert color="yellow" variant="light" title="Read-only access">
        You can look at this workspace but not add to it: imports are for its owner.
      </Alert>
    );
  } else if (flow.transfer && file) {
    body = (
      <TransferCard
        transfer={flow.transfer}
        fileName={file.name}
        creating={flow.preview?.created ?? 0}
        onCancel={flow.cancel}
      />
    );
  } else if (flow.done) {
    body = <ImportDone summary={flow.done} onAnother={startOver} />;
  } else if (flow.preview && file) {
    body = (
      <Stack gap="md">
        {Boolean(flow.error) && <ApiErrorAlert error={flow.error} />}
        <ImportPreview
          summary={flow.preview}
          fileName={file.name}
          onCommit={() => send("commit")}
          onStartOver={startOver}
        />
      </Stack>
    );
  } else {
    body = (
      <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }}>
        <Stack gap="lg">
          <SourcePicker value={format} onChange={chooseFormat} />
          <FileDrop source={source} file={file} onFile={chooseFile} error={fileError} />
          {flow.rejection && <RejectedAlert rejection={flow.rejection} />}
          {Boolean(flow.error) && <ApiErrorAlert error={flow.error} />}
          <Group gap="sm">
            <Button
              leftSection={<IconEye size={18} aria-hidden="true" />}
              disabled={!file || Boolean(fileError) || Boolean(flow.rejection)}
              onClick={() => send("preview")}
            >
              Preview
            </Button>
            <Text fz="sm" c="dimmed">
              Nothing is saved until you have seen the preview.
            </Text>
          </Group>
        </Stack>
      </Paper>
    );
  }

  return (
    <>
      <Anchor component={Link} to="/people" fz="sm" display="inline-flex" mb="xs">
        <IconArrowLeft size={16} aria-hidden="true" style={{ marginRight: 4 }} /> People
      </Anchor>
      <PageHeader
        title="Import contacts"
        description="Bring in the people you already know, from LinkedIn, Google Contacts or your phone. People you already have are merged, never duplicated."
      />
      <Box maw={880}>
        {workspace.canEdit && <ImportSteps active={step} />}
        {body}
      </Box>
    </>
  );
}

/** A file refused whole: the line and the reason, and the reassurance that nothing changed. */
function RejectedAlert({ rejection }: { rejection: ImportRejectedView }) {
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      title="This file cannot be imported"
      icon={<IconAlertCircle aria-hidden="true" />}
    >
      <Text fz="sm" fw={600}>
        Line {rejection.line}: {rejection.reason}
      </Text>
      <Text fz="sm" mt={4}>
        Nothing was imported. Check that the source above matches the file, and that the file is the
        one the service exported, unchanged; then choose it again.
      </Text>
    </Alert>
  );
}
