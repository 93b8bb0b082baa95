import { Box, Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import {
  type Icon,
  IconArrowRight,
  IconCalendarPlus,
  IconMessageCircle,
  IconUserPlus,
} from "@tabler/icons-react";
import { Link } from "react-router";

type Step = { title: string; why: string; to: string; action: string; icon: Icon };

const steps: Step[] = [
  {
    title: "Add your first contact",
    why: "Start with someone you already know: every referral chain to a decision-maker begins with one person (M1).",
    to: "/people",
    action: "Go to People",
    icon: IconUserPlus,
  },
  {
    title: "Plan an informational meeting",
    why: "Pick a person and a date; prepare the research, your answers and your questions before you go (M4).",
    to: "/meetings",
    action: "Go to Meetings",
    icon: IconCalendarPlus,
  },
  {
    title: "Write your “Tell me about yourself” answer",
    why: "A 2–3 minute spoken snapshot: where you come from, your studies, your path so far and a personal detail (A1).",
    to: "/prepare",
    action: "Go to Prepare",
    icon: IconMessageCircle,
  },
];

/** The first three steps of the method, for someone who has not started yet. */
export function GetStartedCard() {
  return (
    <Paper
      withBorder
      radius="lg"
      p={{ base: "md", sm: "lg" }}
      component="section"
      aria-labelledby="get-started-title"
    >
      <Stack gap={4} mb="md">
        <Title order={2} fz="lg" id="get-started-title">
          Get started
        </Title>
        <Text c="dimmed" fz="sm">
          Three steps to your first informational meeting.
        </Text>
      </Stack>
      <Stack component="ol" gap="md" m={0} p={0} style={{ listStyle: "none" }}>
        {steps.map((step, index) => (
          <Group key={step.to} component="li" gap="md" wrap="nowrap" align="flex-start">
            <ThemeIcon size={40} radius="xl" variant="light" aria-hidden="true">
              <step.icon size={22} />
            </ThemeIcon>
            <Box style={{ flex: 1, minWidth: 0 }}>
              <Text fw={600}>
                <span className="visually-hidden">Step {index + 1}: </span>
                {step.title}
              </Text>
              <Text fz="sm" c="dimmed" mb={6}>
                {step.why}
              </Text>
              <Button
                component={Link}
                to={step.to}
                variant="subtle"
                size="compact-sm"
                px={0}
                rightSection={<IconArrowRight size={16} aria-hidden="true" />}
              >
                {step.action}
              </Button>
            </Box>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
