import { Paper, Stack, Text, Title } from "@mantine/core";
import { type ReactNode, useId } from "react";

type Props = { title: string; description?: ReactNode; children: ReactNode };

/** A titled card (a settings group, a part of a form), exposed as a named region. */
export function SectionCard({ title, description, children }: Props) {
  const titleId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={titleId}
      withBorder
      radius="lg"
      p={{ base: "md", sm: "lg" }}
    >
      <Stack gap={4} mb="md">
        <Title order={2} fz="lg" id={titleId}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" fz="sm">
            {description}
          </Text>
        )}
      </Stack>
      {children}
    </Paper>
  );
}
