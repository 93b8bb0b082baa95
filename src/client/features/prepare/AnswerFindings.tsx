import { Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconAlertTriangle, IconCircleCheck } from "@tabler/icons-react";
import type { AnswerCheckView } from "../../../shared/api/prepare.ts";

const RULE_TITLES: Readonly<Record<string, string>> = {
  "too-long": "Too long",
  "too-short": "Too short",
  "filler-words": "Filler words",
  "long-sentences": "Long sentences",
};

/**
 * How the answer will sound: length, filler words and long sentences, the signs of an
 * answer improvised rather than prepared (M4). Missing elements are in the checklist.
 */
export function AnswerFindings({ check }: { check: Pick<AnswerCheckView, "words" | "findings"> }) {
  const findings = check.findings.filter((f) => f.rule !== "missing-element");
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="delivery-title">
      <Title order={2} fz="lg" id="delivery-title" mb="sm">
        How it will sound
      </Title>
      {findings.length === 0 ? (
        <Group gap="sm" wrap="nowrap">
          <ThemeIcon color="teal" variant="light" radius="xl" size={24} aria-hidden="true">
            <IconCircleCheck size={16} />
          </ThemeIcon>
          <Text fz="sm" c="dimmed">
            {check.words === 0
              ? "Length, filler words and long sentences are checked as you write (M4)."
              : "No filler words, no rambling sentences, and the length is on target."}
          </Text>
        </Group>
      ) : (
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
          {findings.map((f) => (
            <Group key={f.rule} component="li" gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon color="yellow" variant="light" radius="xl" size={24} aria-hidden="true">
                <IconAlertTriangle size={15} />
              </ThemeIcon>
              <div style={{ minWidth: 0 }}>
                <Text fz="sm" fw={600}>
                  {RULE_TITLES[f.rule] ?? f.rule}
                </Text>
                <Text fz="sm">{f.message}</Text>
                {f.suggestion && (
                  <Text fz="sm" c="dimmed">
                    {f.suggestion}
                  </Text>
                )}
              </div>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
