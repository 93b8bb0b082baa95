import { Badge, Card, Group, RingProgress, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import classes from "./AnswerCard.module.css";
import { AnswerStatusBadge } from "./AnswerStatusBadge.tsx";
import { guideFor } from "./answer-guide.ts";
import { answerStatus, spokenRange, targetRange } from "./answer-status.ts";
import type { AnswerView } from "./queries.ts";

/** One answer in the bank: its question, how complete it is, and how long it takes to say. */
export function AnswerCard({ answer }: { answer: AnswerView }) {
  const { check } = answer;
  const status = answerStatus(check);
  const guide = guideFor(answer.kind);
  const total = check.elements.length;
  const present = check.elements.filter((e) => e.present).length;
  // The next step: the first missing element, else the first delivery problem (M4).
  const next =
    check.findings.find((f) => f.rule === "missing-element") ?? check.findings[0] ?? null;
  const nextHint = next?.suggestion ?? next?.message;

  return (
    <Card withBorder radius="lg" padding="lg" className={classes.card} component="article">
      <Group justify="space-between" gap="xs" mb="xs">
        <Badge variant="default" radius="sm">
          {guide ? guide.rule : "Your question"}
        </Badge>
        <AnswerStatusBadge status={status} />
      </Group>
      <Title order={3} fz="md" mb="sm" lh={1.35}>
        <Link to={`/prepare/answers/${encodeURIComponent(answer.key)}`} className={classes.link}>
          {answer.question || "Untitled question"}
        </Link>
      </Title>
      <Group gap="md" wrap="nowrap" mt="auto">
        {total > 0 && (
          <RingProgress
            size={56}
            thickness={6}
            roundCaps
            aria-hidden="true"
            sections={[
              { value: (present / total) * 100, color: present === total ? "teal" : "yellow" },
            ]}
            label={
              <Text fz="xs" fw={600} ta="center">
                {present}/{total}
              </Text>
            }
          />
        )}
        <Stack gap={2} style={{ minWidth: 0 }}>
          {total > 0 && (
            <Text fz="sm">
              {present} of {total} elements of a good answer
            </Text>
          )}
          <Text fz="sm" c="dimmed">
            {check.words === 0
              ? `Target ${targetRange(check.targetSeconds)} spoken`
              : `${check.words} words · ≈ ${spokenRange(check.spokenSeconds)} · target ${targetRange(check.targetSeconds)}`}
          </Text>
        </Stack>
      </Group>
      {status !== "ready" && nextHint && (
        <Text fz="sm" c="dimmed" mt="sm">
          Next: {nextHint}
        </Text>
      )}
    </Card>
  );
}
