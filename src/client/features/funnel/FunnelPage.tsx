import { Button, Grid, Group, Loader, Paper, Stack, Text, Title } from "@mantine/core";
import { IconChartFunnel } from "@tabler/icons-react";
import { Link } from "react-router";
import type { Funnel } from "../../../shared/api/network.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useFunnel } from "../network/queries.ts";
import { FunnelChart } from "./FunnelChart.tsx";
import { funnelStages } from "./stages.ts";

export function FunnelPage() {
  const funnel = useFunnel();
  return (
    <>
      <PageHeader
        title="Funnel"
        description="Meetings → referrals → decision-makers → interviews → offers (M2)."
      />
      {funnel.isPending && <Loader role="status" aria-label="Loading the funnel" />}
      {funnel.isError && <ApiErrorAlert error={funnel.error} />}
      {funnel.data && <FunnelContent funnel={funnel.data} />}
    </>
  );
}

function FunnelContent({ funnel }: { funnel: Funnel }) {
  const stages = funnelStages(funnel);
  if (stages.every((s) => s.value === 0) && funnel.meetingsPlanned === 0) {
    return (
      <EmptyState
        icon={<IconChartFunnel size={28} aria-hidden="true" />}
        title="Your funnel starts with a meeting"
        description="The job interview gets the job; the informational meeting gets the job interview. See how your meetings turn into referrals, decision-makers reached and job interviews (M2)."
        rules={["M2"]}
        actions={
          <Button component={Link} to="/meetings" variant="light">
            Plan a meeting
          </Button>
        }
      />
    );
  }
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="funnel-stages">
          <Title order={2} fz="lg" id="funnel-stages" mb="sm">
            Where your search stands
          </Title>
          <FunnelChart stages={stages} />
          <Stack component="ol" gap="xs" m={0} mt="md" p={0} style={{ listStyle: "none" }}>
            {stages.map((s) => (
              <Group component="li" key={s.key} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0}>
                  <Text fw={500}>{s.label}</Text>
                  <Text fz="xs" c="dimmed">
                    {s.hint}
                  </Text>
                </Stack>
                <Stack gap={0} align="flex-end">
                  <Text fw={700} fz="lg">
                    {s.value.toLocaleString()}
                  </Text>
                  {s.rate && (
                    <Text fz="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {s.rate}
                    </Text>
                  )}
                </Stack>
              </Group>
            ))}
          </Stack>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Paper withBorder radius="lg" p="lg" component="section" aria-labelledby="funnel-next">
          <Title order={2} fz="lg" id="funnel-next" mb="sm">
            On the way
          </Title>
          <Stack gap="sm">
            <NextStep
              value={funnel.meetingsPlanned}
              label="informational meetings planned"
              to="/meetings"
            />
            <NextStep
              value={funnel.introductionsToAsk}
              label="introductions to ask for (M11)"
              to="/network"
            />
            <NextStep
              value={Math.max(0, funnel.introductionsOffered - funnel.introductionsMade)}
              label="introductions offered, not made yet"
              to="/network"
            />
            <NextStep
              value={Math.max(0, funnel.decisionMakersKnown - funnel.decisionMakersMet)}
              label="decision-makers known, not met yet (M1)"
              to="/network"
            />
            <NextStep
              value={funnel.jobInterviewsPlanned}
              label="job interviews planned"
              to="/meetings"
            />
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}

function NextStep({ value, label, to }: { value: number; label: string; to: string }) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Text fw={700} fz="lg" miw={40} ta="right">
        {value.toLocaleString()}
      </Text>
      <Text component={Link} to={to} fz="sm" c="var(--mantine-primary-color-filled)">
        {label}
      </Text>
    </Group>
  );
}
