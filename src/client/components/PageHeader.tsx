import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useDocumentTitle } from "../lib/use-document-title.ts";

type Props = {
  title: string;
  /** The tab title when it should differ from the heading (e.g. "Today" for a greeting). */
  documentTitle?: string;
  description?: ReactNode;
  /** Page-level actions, shown to the right of the title on wide screens. */
  actions?: ReactNode;
};

/** The h1 of every page in the shell; also sets the document title so the two never drift. */
export function PageHeader({ title, documentTitle, description, actions }: Props) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Group justify="space-between" align="flex-start" gap="md" mb="lg">
      <Stack gap={4}>
        {/* tabIndex -1: the shell focuses this heading after each navigation. */}
        <Title order={1} fz={{ base: 26, sm: 30 }} tabIndex={-1}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" maw={680}>
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
