import { Anchor, Box, Text } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { NameOf } from "./IntroductionItem.tsx";

type Props = {
  /** Person ids, from someone known directly to the end of the chain. */
  path: string[];
  nameOf: NameOf;
  /** Shown after the last person, e.g. "(can hire, Target Co)". */
  suffix?: ReactNode;
};

const arrow = (
  <IconArrowRight
    size={14}
    aria-hidden="true"
    style={{ margin: "0 6px", verticalAlign: "middle", opacity: 0.7 }}
  />
);

/** A referral chain read as a sentence: You → Ana → Ben → Dee (M2). */
export function PathChain({ path, nameOf, suffix }: Props) {
  return (
    <Box
      component="ol"
      aria-label="Introduction chain"
      m={0}
      p={0}
      style={{
        listStyle: "none",
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        rowGap: 2,
      }}
    >
      <Text component="li" fz="sm" c="dimmed">
        You
      </Text>
      {path.map((id, index) => {
        const { name, deleted } = nameOf(id);
        const last = index === path.length - 1;
        return (
          <Text component="li" key={id} fz="sm">
            {arrow}
            <Anchor
              component={Link}
              to={`/people/${id}`}
              fw={last ? 700 : 500}
              td={deleted ? "line-through" : undefined}
            >
              {name}
            </Anchor>
            {deleted && <span className="visually-hidden"> (deleted)</span>}
            {last && suffix ? <> {suffix}</> : null}
          </Text>
        );
      })}
    </Box>
  );
}
