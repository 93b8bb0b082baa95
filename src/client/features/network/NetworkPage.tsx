import {
  Alert,
  Button,
  Card,
  Center,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconInfoCircle, IconTopologyStar3 } from "@tabler/icons-react";
import { lazy, Suspense, useState } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { FunnelStrip } from "./FunnelStrip.tsx";
import { GraphLegend } from "./GraphLegend.tsx";
import { partialGraphNote } from "./labels.ts";
import { PathList } from "./PathList.tsx";
import { useFunnel } from "./queries.ts";
import { useNetworkGraph } from "./use-network-graph.ts";

// React Flow and dagre are the heaviest part of the app: loaded only when a graph is drawn.
const ReferralGraph = lazy(async () => ({
  default: (await import("./ReferralGraph.tsx")).ReferralGraph,
}));

/** How many decision-maker paths a big network shows at first, and per "Show more". */
const PATHS_STEP = 25;

export function NetworkPage() {
  const funnel = useFunnel();
  const [limit, setLimit] = useState(PATHS_STEP);
  const graph = useNetworkGraph(limit);
  const empty = graph.model !== null && graph.model.nodes.length <= 1;

  return (
    <>
      <PageHeader
        title="Network"
        description="The referral chain from you to each person who can hire you (M1, M2)."
      />
      <Stack gap="lg">
        {funnel.data && <FunnelStrip funnel={funnel.data} />}
        {graph.error && <ApiErrorAlert error={graph.error} />}
        {graph.isPending && (
          <Center py="xl" role="status">
            <Loader role="status" aria-label="Loading your network" />
          </Center>
        )}
        {empty && (
          <EmptyState
            icon={<IconTopologyStar3 size={28} aria-hidden="true" />}
            title="Your referral chain will grow here"
            description="Record the introductions people offer you, and mark who can hire you. The chains from you to each decision-maker appear here: the informational meeting gets the job interview (M1, M2)."
            rules={["M1", "M2", "M11"]}
            actions={
              <Button component={Link} to="/people" variant="light">
                Go to People
              </Button>
            }
          />
        )}
        {graph.model && !empty && (
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Card
                withBorder
                radius="lg"
                padding="md"
                component="section"
                aria-labelledby="graph-title"
              >
                <Title order={2} fz="lg" id="graph-title" mb="xs">
                  Referral graph
                </Title>
                {!graph.whole && (
                  <Alert
                    variant="light"
                    color="blue"
                    icon={<IconInfoCircle aria-hidden="true" />}
                    mb="sm"
                    p="xs"
                  >
                    {partialGraphNote(graph.paths.length, graph.totalPaths)}
                  </Alert>
                )}
                <Suspense
                  fallback={
                    <Center h={440} role="status">
                      <Loader role="status" aria-label="Drawing the graph" />
                    </Center>
                  }
                >
                  <ReferralGraph model={graph.model} />
                </Suspense>
                <GraphLegend />
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Card
                withBorder
                radius="lg"
                padding="md"
                component="section"
                aria-labelledby="paths-title"
              >
                <Group justify="space-between" mb={4}>
                  <Title order={2} fz="lg" id="paths-title">
                    Paths to decision-makers
                  </Title>
                  <Text fz="sm" c="dimmed">
                    {graph.totalPaths}
                  </Text>
                </Group>
                <Text fz="sm" c="dimmed">
                  The shortest chain of introductions to each person who can hire you; not met
                  first.
                </Text>
                {graph.paths.length === 0 ? (
                  <Text fz="sm" mt="sm">
                    No decision-maker yet. Mark the people who can hire you (M1) on their page.
                  </Text>
                ) : (
                  <PathList paths={graph.paths} people={graph.people} />
                )}
                {graph.paths.length < graph.totalPaths && (
                  <Button
                    variant="subtle"
                    mt="sm"
                    fullWidth
                    onClick={() => setLimit((l) => l + PATHS_STEP)}
                  >
                    Show {Math.min(PATHS_STEP, graph.totalPaths - graph.paths.length)} more paths
                  </Button>
                )}
              </Card>
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
}
