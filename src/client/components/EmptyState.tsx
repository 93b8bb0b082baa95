import { EmptyState as MantineEmptyState, Paper } from "@mantine/core";
import type { ReactNode } from "react";

type Props = {
  icon: ReactNode;
  title: string;
  /** What this section will do for the user, in the method's words. */
  description: ReactNode;
  /** The method rules the section implements, e.g. ["M1", "M11"]. */
  rules?: string[];
  /** Buttons or links that get the user going. */
  actions?: ReactNode;
  /** Heading level of the title; 2 under a page's h1, 1 when it is the page. */
  order?: 1 | 2 | 3;
  /** "lg" when it is the whole page, "md" beside other content. */
  size?: "md" | "lg";
};

/** The shared "nothing here yet" panel: says what the section is for and how to begin. */
export function EmptyState(props: Props) {
  const { icon, title, description, rules, actions, order = 2, size = "lg" } = props;
  return (
    <Paper withBorder radius="lg" p={{ base: "lg", sm: "xl" }}>
      <MantineEmptyState variant="light" size={size}>
        <MantineEmptyState.Indicator>{icon}</MantineEmptyState.Indicator>
        <MantineEmptyState.Title order={order}>{title}</MantineEmptyState.Title>
        <MantineEmptyState.Description maw={560}>{description}</MantineEmptyState.Description>
        {rules && rules.length > 0 && (
          <MantineEmptyState.Description fz="sm" c="dimmed">
            Method rules: {rules.join(", ")}
          </MantineEmptyState.Description>
        )}
        {actions && <MantineEmptyState.Actions>{actions}</MantineEmptyState.Actions>}
      </MantineEmptyState>
    </Paper>
  );
}
