import { Paper, SimpleGrid, Text } from "@mantine/core";
import type { Funnel } from "../../../shared/api/network.ts";
import classes from "./FunnelStrip.module.css";

type Stage = { label: string; value: number; detail?: string };

/** The funnel of M2 in numbers: meetings → introductions → decision-makers reached. */
export function FunnelStrip({ funnel }: { funnel: Funnel }) {
  const stages: Stage[] = [
    {
      label: "Meetings held",
      value: funnel.meetingsHeld,
      detail: `${funnel.meetingsPlanned} planned`,
    },
    {
      label: "Introductions offered",
      value: funnel.introductionsOffered,
      detail: `${funnel.introductionsToAsk} to ask for`,
    },
    { label: "Introductions made", value: funnel.introductionsMade },
    { label: "Decision-makers known", value: funnel.decisionMakersKnown },
    { label: "Decision-makers met", value: funnel.decisionMakersMet },
  ];
  return (
    <SimpleGrid
      component="ol"
      cols={{ base: 2, sm: 3, md: 5 }}
      spacing="sm"
      m={0}
      p={0}
      style={{ listStyle: "none" }}
      aria-label="Funnel"
    >
      {stages.map((stage) => (
        <Paper
          component="li"
          key={stage.label}
          withBorder
          radius="md"
          p="sm"
          className={classes.stage}
        >
          <Text fz={26} fw={700} lh={1.1}>
            {stage.value.toLocaleString()}
          </Text>
          <Text fz="sm" fw={500}>
            {stage.label}
          </Text>
          {stage.detail && (
            <Text fz="xs" c="dimmed">
              {stage.detail}
            </Text>
          )}
        </Paper>
      ))}
    </SimpleGrid>
  );
}
