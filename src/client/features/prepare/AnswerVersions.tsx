import {
  Badge,
  Button,
  Center,
  Collapse,
  Group,
  Loader,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconChevronDown, IconHistory } from "@tabler/icons-react";
import { useState } from "react";
import { countWords } from "../../../shared/method/answers/delivery.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { DialogFrame } from "../../components/DialogFrame.tsx";
import { formatDateTime } from "../../lib/format-date.ts";
import { type AnswerVersion, useAnswerVersions } from "./queries.ts";

type Props = {
  answerKey: string;
  currentVersion: number;
  canEdit: boolean;
  /** Puts an old text back in the editor; saving it makes a new version. */
  onRestore: (text: string) => void;
};

/** Every saved version of the answer, newest first; any one can be read and restored. */
export function AnswerVersions({ answerKey, currentVersion, canEdit, onRestore }: Props) {
  const [opened, { toggle }] = useDisclosure(false);
  const versions = useAnswerVersions(answerKey, opened);
  const [viewing, setViewing] = useState<AnswerVersion | null>(null);

  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="versions-title">
      <Title order={2} fz="lg" id="versions-title">
        <UnstyledButton
          onClick={toggle}
          aria-expanded={opened}
          aria-controls="versions-list"
          style={{ display: "flex", alignItems: "center", gap: 8, width: "100%" }}
        >
          <IconHistory size={18} aria-hidden="true" />
          <span style={{ flex: 1 }}>Version history</span>
          <Text component="span" fz="sm" c="dimmed" fw={400}>
            {currentVersion === 0 ? "none yet" : `${currentVersion} saved`}
          </Text>
          <IconChevronDown
            size={18}
            aria-hidden="true"
            style={{
              transform: opened ? "rotate(180deg)" : undefined,
              transition: "transform 120ms",
            }}
          />
        </UnstyledButton>
      </Title>
      <Collapse expanded={opened} id="versions-list">
        <div style={{ paddingTop: 12 }}>
          {versions.isPending ? (
            <Center py="sm" role="status">
              <Loader size="sm" role="status" aria-label="Loading versions" />
            </Center>
          ) : versions.isError ? (
            <ApiErrorAlert error={versions.error} />
          ) : versions.data.length === 0 ? (
            <Text fz="sm" c="dimmed">
              Each save of a changed text is kept as a version.
            </Text>
          ) : (
            <ScrollArea.Autosize mah={280} type="auto">
              <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: "none" }}>
                {versions.data.map((v) => (
                  <Group
                    key={v.version}
                    component="li"
                    justify="space-between"
                    wrap="nowrap"
                    gap="xs"
                  >
                    <div style={{ minWidth: 0 }}>
                      <Text fz="sm" fw={600}>
                        Version {v.version}{" "}
                        {v.version === currentVersion && (
                          <Badge size="xs" variant="light" ml={4}>
                            Current
                          </Badge>
                        )}
                      </Text>
                      <Text fz="xs" c="dimmed">
                        {formatDateTime(v.createdAt)} · {countWords(v.text)} words
                      </Text>
                    </div>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => setViewing(v)}
                      aria-label={`View version ${v.version}`}
                    >
                      View
                    </Button>
                  </Group>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </div>
      </Collapse>
      <DialogFrame
        opened={viewing !== null}
        onClose={() => setViewing(null)}
        title={viewing ? `Version ${viewing.version}` : ""}
        size="lg"
      >
        {viewing && (
          <Stack gap="md">
            <Text fz="sm" c="dimmed">
              Saved {formatDateTime(viewing.createdAt)} · {countWords(viewing.text)} words
            </Text>
            <Text fz="sm" style={{ whiteSpace: "pre-wrap" }}>
              {viewing.text || "(empty)"}
            </Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setViewing(null)} data-autofocus>
                Close
              </Button>
              {canEdit && viewing.version !== currentVersion && (
                <Button
                  onClick={() => {
                    onRestore(viewing.text);
                    setViewing(null);
                  }}
                >
                  Restore this version
                </Button>
              )}
            </Group>
          </Stack>
        )}
      </DialogFrame>
    </Paper>
  );
}
