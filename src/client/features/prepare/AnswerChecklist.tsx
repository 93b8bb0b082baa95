import { Box, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import type { AnswerCheckView } from "../../../shared/api/prepare.ts";
import { type AnswerGuide, elementLabel } from "./answer-guide.ts";

type Props = {
  check: Pick<AnswerCheckView, "elements" | "findings">;
  guide: AnswerGuide;
};

/** The one-line hint the checker gives for a missing element ("Missing birthplace: …"). */
function hintFor(check: Props["check"], id: string): string | undefined {
  return check.findings.find(
    (f) => f.rule === "missing-element" && f.message.startsWith(`Missing ${id}:`),
  )?.suggestion;
}

/**
 * The elements of a good answer to this question (A1–A6), ticked live as the answer is
 * written: present ones quote the words that show them, missing ones say what to add.
 */
export function AnswerChecklist({ check, guide }: Props) {
  const present = check.elements.filter((e) => e.present).length;
  return (
    <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="checklist-title">
      <Group justify="space-between" align="baseline" mb={4}>
        <Title order={2} fz="lg" id="checklist-title">
          What a good answer contains
        </Title>
        <Text fz="sm" fw={600} c={present === check.elements.length ? "teal" : "dimmed"}>
          {present} of {check.elements.length}
        </Text>
      </Group>
      <Text fz="sm" c="dimmed" mb="md">
        {guide.contains} ({guide.rule})
      </Text>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: "none" }}>
        {check.elements.map((element) => (
          <Group key={element.id} component="li" gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon
              size={24}
              radius="xl"
              variant={element.present ? "filled" : "light"}
              color={element.present ? "teal" : "gray"}
              aria-hidden="true"
            >
              {element.present ? <IconCheck size={15} /> : <IconX size={15} />}
            </ThemeIcon>
            <Box style={{ flex: 1, minWidth: 0 }}>
              <Text fz="sm" fw={600}>
                <span className="visually-hidden">
                  {element.present ? "Present: " : "Missing: "}
                </span>
                {elementLabel(element.id)}
              </Text>
              {element.present && element.evidence ? (
                <Text fz="sm" c="dimmed" fs="italic" lineClamp={2}>
                  “{element.evidence}”
                </Text>
              ) : (
                !element.present && (
                  <Text fz="sm" c="dimmed">
                    {hintFor(check, element.id)}
                  </Text>
                )
              )}
            </Box>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
