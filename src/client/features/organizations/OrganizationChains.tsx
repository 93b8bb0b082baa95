import { Badge, Card, Group, Stack, Text, Title } from "@mantine/core";
import { useMemo } from "react";
import type { OrganizationView } from "../../../shared/api/network.ts";
import { PathChain } from "../network/PathChain.tsx";
import { useDecisionMakerPaths, useOrganizationPaths } from "../network/queries.ts";
import { usePeopleByIds } from "../people/queries.ts";

/**
 * How close you are to being hired here (M1, M2): the decision-makers and whether you met
 * them; for a target with none reached, the shortest chains to anyone inside.
 */
export function OrganizationChains({ organization }: { organization: OrganizationView }) {
  const dmPaths = useDecisionMakerPaths();
  const orgPaths = useOrganizationPaths();
  const here = (dmPaths.data ?? []).filter((p) => p.organizationId === organization.id);
  const inside = (orgPaths.data ?? []).find((o) => o.organizationId === organization.id);
  const ids = useMemo(
    () => [...here.flatMap((p) => p.path), ...(inside?.people.flatMap((p) => p.path) ?? [])],
    [here, inside],
  );
  const people = usePeopleByIds(ids);
  const nameOf = (id: string) => {
    const p = people.byId.get(id);
    return { name: p?.name ?? "…", deleted: Boolean(p?.deletedAt) };
  };
  const metAny = here.some((p) => p.met);

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="chains-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" id="chains-title">
          Paths to a decision-maker
        </Title>
        {metAny ? (
          <Badge color="green" variant="light">
            Decision-maker met
          </Badge>
        ) : here.length > 0 ? (
          <Badge color="orange" variant="light">
            Not met yet
          </Badge>
        ) : null}
      </Group>
      {(dmPaths.isPending || orgPaths.isPending) && (
        <Text fz="sm" c="dimmed">
          Loading…
        </Text>
      )}
      {here.length > 0 && (
        <Stack gap="sm">
          {here.map((p) => (
            <Stack key={p.decisionMakerId} gap={4}>
              <PathChain
                path={p.path}
                nameOf={nameOf}
                suffix={
                  <Text span fz="sm" c="dimmed">
                    (can hire)
                  </Text>
                }
              />
              <Group gap={6}>
                <Badge size="sm" variant="light" color={p.met ? "green" : "gray"}>
                  {p.met ? "Met" : "Not met"}
                </Badge>
                <Badge size="sm" variant="default">
                  {p.hops === 0
                    ? "Known directly"
                    : `${p.hops} ${p.hops === 1 ? "introduction" : "introductions"}`}
                </Badge>
                {p.hops > 0 && (
                  <Badge size="sm" variant="light" color={p.complete ? "green" : "blue"}>
                    {p.complete ? "All made" : "In progress"}
                  </Badge>
                )}
              </Group>
            </Stack>
          ))}
        </Stack>
      )}
      {here.length === 0 && inside && (
        <Stack gap="sm">
          <Text fz="sm" c="dimmed">
            No decision-maker reached here yet. The shortest chains to the people you know inside —
            each can introduce you further (M1):
          </Text>
          {inside.people.length === 0 && (
            <Text fz="sm">
              Nobody known inside yet. Ask the people you meet whom they know here (M11).
            </Text>
          )}
          {inside.people.map((p) => (
            <Group key={p.personId} justify="space-between" gap="xs">
              <PathChain path={p.path} nameOf={nameOf} />
              <Badge size="sm" variant="default">
                {p.hops === 0 ? "Known directly" : `${p.hops} ${p.hops === 1 ? "hop" : "hops"}`}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {here.length === 0 && !inside && dmPaths.isSuccess && orgPaths.isSuccess && (
        <Text fz="sm" c="dimmed">
          {organization.isTarget
            ? "A decision-maker here has been met."
            : "No decision-maker known here. Mark the people who can hire you (M1), or make this a target to see the chains to everyone inside."}
        </Text>
      )}
    </Card>
  );
}
