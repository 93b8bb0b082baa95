import { Badge, Button, Center, Group, Loader, Radio, Stack, Text } from "@mantine/core";
import { IconCheck, IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { DialogFrame } from "../../components/DialogFrame.tsx";
import { type PlanItem, useQuestionPlan } from "./queries.ts";
import { levelColor, levelLabel } from "./question-labels.ts";
import type { NewQuestion } from "./use-question-list.ts";

type Props = {
  meetingId: string;
  opened: boolean;
  onClose: () => void;
  /** The questions already in the list, so that a suggestion is not added twice. */
  existing: readonly string[];
  /** How many more questions the list can take. */
  room: number;
  onAdd: (added: NewQuestion[]) => void;
};

const normal = (text: string) => text.trim().toLowerCase();
const choiceLevel = (tenure: "long" | "new") =>
  tenure === "long" ? "tenure-change" : "what-drew-you";

/**
 * Questions proposed for this meeting: the M8 drill-down, the M9 tenure question and the
 * referral questions of M1. Where the tenure is not known the user picks the M9 question.
 */
export function QuestionPlanModal({ meetingId, opened, onClose, existing, room, onAdd }: Props) {
  const plan = useQuestionPlan(meetingId, opened);
  const [choices, setChoices] = useState<Record<number, string>>({});
  const have = new Set(existing.map(normal));

  const toAdd = (item: PlanItem, index: number): NewQuestion | null => {
    if (item.kind === "question") return { text: item.text, level: item.level };
    const picked = item.choices?.find((c) => c.text === choices[index]);
    return picked ? { text: picked.text, level: choiceLevel(picked.tenure) } : null;
  };
  const remaining = (plan.data ?? [])
    .map(toAdd)
    .filter((q): q is NewQuestion => q !== null && !have.has(normal(q.text)));

  return (
    <DialogFrame opened={opened} onClose={onClose} title="Suggested questions" size="lg">
      <Text fz="sm" c="dimmed" mb="md">
        Ordered high level first, then drilling down (M8), fitted to how long they have been there
        (M9), and ending with who else to talk to (M1). Each is added where the order wants it.
      </Text>
      {plan.isPending ? (
        <Center py="lg" role="status">
          <Loader size="sm" role="status" aria-label="Loading suggestions" />
        </Center>
      ) : plan.isError ? (
        <ApiErrorAlert error={plan.error} />
      ) : (
        <Stack gap="sm">
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
            {plan.data.map((item, index) => {
              const question = toAdd(item, index);
              const added = question !== null && have.has(normal(question.text));
              return (
                <Group
                  key={`${item.level}:${item.text}`}
                  component="li"
                  gap="sm"
                  wrap="nowrap"
                  align="flex-start"
                >
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Badge size="sm" variant="light" color={levelColor(item.level)} mb={4}>
                      {levelLabel(item.level)} · {item.rule}
                    </Badge>
                    {item.kind === "question" ? (
                      <Text fz="sm">{item.text}</Text>
                    ) : (
                      <Radio.Group
                        label={item.text}
                        value={choices[index] ?? null}
                        onChange={(value) => setChoices((c) => ({ ...c, [index]: value }))}
                        labelProps={{ fz: "sm", fw: 400, mb: 4 }}
                      >
                        <Stack gap={6}>
                          {item.choices?.map((choice) => (
                            <Radio
                              key={choice.tenure}
                              value={choice.text}
                              label={`${choice.text} (${choice.tenure === "long" ? "there a while" : "new there"})`}
                            />
                          ))}
                        </Stack>
                      </Radio.Group>
                    )}
                  </div>
                  <Button
                    size="compact-sm"
                    variant={added ? "subtle" : "light"}
                    disabled={added || question === null || room <= 0}
                    leftSection={
                      added ? (
                        <IconCheck size={14} aria-hidden="true" />
                      ) : (
                        <IconPlus size={14} aria-hidden="true" />
                      )
                    }
                    onClick={() => question && onAdd([question])}
                    aria-label={
                      added ? `Added: ${question?.text}` : `Add: ${question?.text ?? item.text}`
                    }
                  >
                    {added ? "Added" : "Add"}
                  </Button>
                </Group>
              );
            })}
          </Stack>
          <Group justify="flex-end" gap="sm" mt="sm">
            <Button variant="default" onClick={onClose}>
              Done
            </Button>
            <Button
              disabled={remaining.length === 0 || room <= 0}
              onClick={() => {
                onAdd(remaining.slice(0, room));
                onClose();
              }}
            >
              Add all{remaining.length > 0 ? ` (${Math.min(remaining.length, room)})` : ""}
            </Button>
          </Group>
        </Stack>
      )}
    </DialogFrame>
  );
}
