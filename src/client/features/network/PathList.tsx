import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import type { DecisionMakerPath } from "../../../shared/api/network.ts";
import type { GraphPerson } from "./graph-model.ts";
import { PathChain } from "./PathChain.tsx";
import classes from "./PathList.module.css";

type Props = { paths: DecisionMakerPath[]; people: Map<string, GraphPerson> };

/** The paths to decision-makers in words: "You → Ana → Ben → Dee (can hire, Target Co)". */
export function PathList({ paths, people }: Props) {
  const nameOf = (id: string) => {
    const p = people.get(id);
    return { name: p?.name ?? "…", deleted: p?.deleted ?? false };
  };
  return (
    <Stack
      component="ol"
      className={classes.scroller}
      gap={0}
      m={0}
      p={0}
      style={{ listStyle: "none" }}
      aria-label="Paths to decision-makers"
    >
      {paths.map((p) => {
        const dm = people.get(p.decisionMakerId);
        const where = dm?.organizationName ? `can hire, ${dm.organizationName}` : "can hire";
        return (
          <Box
            component="li"
            key={p.decisionMakerId}
            py="sm"
            style={{ borderBottom: "1px solid var(--mantine-color-default-border)" }}
          >
            <PathChain
              path={p.path}
              nameOf={nameOf}
              suffix={
                <Text span fz="sm" c="orange" fw={500}>
                  ({where})
                </Text>
              }
            />
            <Group gap={6} mt={6}>
              <Badge size="sm" variant="default">
                {p.hops === 0 ? "Known directly" : `${p.hops} ${p.hops === 1 ? "hop" : "hops"}`}
              </Badge>
              <Badge size="sm" variant="light" color={p.met ? "green" : "orange"}>
                {p.met ? "Met" : "Not met yet"}
              </Badge>
              {p.hops > 0 && (
                <Badge size="sm" variant="light" color={p.complete ? "green" : "blue"}>
                  {p.complete ? "Complete" : "Introductions pending"}
                </Badge>
              )}
            </Group>
          </Box>
        );
      })}
    </Stack>
  );
}
