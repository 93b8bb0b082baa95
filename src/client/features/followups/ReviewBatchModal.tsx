import { Button, Divider, Group, Modal, Progress, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { IconArrowLeft, IconArrowRight, IconPlayerSkipForward } from "@tabler/icons-react";
import { useState } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { FollowUpEditor } from "./FollowUpEditor.tsx";
import { dueText } from "./labels.ts";
import { useUpdateFollowUp } from "./queries.ts";

type Outcome = "queued" | "marked" | "skipped";
type Props = {
  /** A snapshot taken when the review starts, so the order holds while notes go out. */
  items: FollowUpView[];
  today: string;
  canEdit: boolean;
  opened: boolean;
  onClose: () => void;
};

const outcomeText: Record<Outcome, string> = {
  queued: "sent",
  marked: "marked as sent",
  skipped: "skipped this month",
};

/** M12: the monthly notes, one after the other — read, adjust, send, next. */
export function ReviewBatchModal({ items, today, canEdit, opened, onClose }: Props) {
  const phone = useMediaQuery("(max-width: 36em)") ?? false;
  const [index, setIndex] = useState(0);
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const update = useUpdateFollowUp();
  const current = items[index];
  const handled = Object.keys(outcomes).length;
  const finished = index >= items.length;

  const record = (id: string, outcome: Outcome) => {
    setOutcomes((o) => ({ ...o, [id]: outcome }));
    setIndex((i) => i + 1);
  };

  return (
    <Modal.Root opened={opened} onClose={onClose} size="xl" fullScreen={phone}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header role="none">
          <Modal.Title fw={600} fz="lg">
            Monthly notes
          </Modal.Title>
          <Modal.CloseButton aria-label="Close" />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            <Progress
              value={items.length ? (handled / items.length) * 100 : 100}
              aria-label={`${handled} of ${items.length} handled`}
              size="sm"
            />
            {finished || !current ? (
              <Stack gap="sm" role="status">
                <Title order={2} fz="md">
                  That was the last one
                </Title>
                <Text>
                  {handled} of {items.length} notes handled. Each one keeps you top-of-mind and may
                  bring a new referral (M12).
                </Text>
                <Group>
                  <Button onClick={onClose}>Close</Button>
                </Group>
              </Stack>
            ) : (
              <>
                <Group justify="space-between" gap="xs">
                  <Title order={2} fz="md">
                    Note {index + 1} of {items.length}: {current.personName}
                  </Title>
                  <Text fz="sm" c="dimmed">
                    {outcomes[current.id]
                      ? `Already ${outcomeText[outcomes[current.id] ?? "queued"]}`
                      : dueText(current.dueOn, today)}
                  </Text>
                </Group>
                <FollowUpEditor
                  key={current.id}
                  followUp={current}
                  canEdit={canEdit}
                  onFinished={(how) => record(current.id, how)}
                />
                <Divider />
                <Group justify="space-between" gap="xs">
                  <Button
                    variant="default"
                    leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
                    onClick={() => setIndex((i) => Math.max(0, i - 1))}
                    disabled={index === 0}
                  >
                    Previous
                  </Button>
                  <Group gap="xs">
                    {canEdit && !outcomes[current.id] && (
                      <Button
                        variant="subtle"
                        color="gray"
                        leftSection={<IconPlayerSkipForward size={16} aria-hidden="true" />}
                        loading={update.isPending}
                        onClick={() =>
                          update.mutate(
                            { id: current.id, patch: { status: "skipped" } },
                            { onSuccess: () => record(current.id, "skipped") },
                          )
                        }
                      >
                        Skip this month
                      </Button>
                    )}
                    <Button
                      variant="default"
                      rightSection={<IconArrowRight size={16} aria-hidden="true" />}
                      onClick={() => setIndex((i) => i + 1)}
                    >
                      Next
                    </Button>
                  </Group>
                </Group>
              </>
            )}
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
