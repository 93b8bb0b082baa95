import { Button, Group, Stack, TagsInput, Textarea } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { SectionCard } from "../../components/SectionCard.tsx";
import { useInsightTags } from "../insights/queries.ts";
import { emptyInsight, type FormErrors, type InsightRow } from "./debrief-form.ts";

type Props = { rows: InsightRow[]; onChange: (rows: InsightRow[]) => void; errors: FormErrors };

const focusSoon = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);

/** M13: what was learned, one insight at a time, tagged so it can be found again. */
export function InsightsFieldset({ rows, onChange, errors }: Props) {
  const { tags } = useInsightTags();
  const set = (key: string, change: Partial<InsightRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  return (
    <SectionCard
      title="What you learned"
      description="M13 · Facts about the sector, the organization or a person, and advice: material for your next conversations and decisions. One insight per box; empty boxes are ignored."
    >
      <Stack gap="lg">
        {rows.map((row, index) => (
          <Stack key={row.key} gap="xs">
            <Textarea
              id={`insight-${row.key}`}
              label={`Insight ${index + 1}`}
              placeholder="e.g. Their clinics move to value-based contracts next year; hiring follows in spring."
              autosize
              minRows={2}
              maxRows={10}
              value={row.text}
              error={errors[`insight.${row.key}`]}
              onChange={(event) => set(row.key, { text: event.currentTarget.value })}
            />
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <TagsInput
                label={`Tags for insight ${index + 1}`}
                description="Press Enter after each tag, e.g. sector, an organization, advice"
                data={tags}
                value={row.tags}
                onChange={(value) => set(row.key, { tags: value })}
                clearable
                style={{ flex: 1, minWidth: 0 }}
              />
              {rows.length > 1 && (
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden="true" />}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                  aria-label={`Remove insight ${index + 1}`}
                >
                  Remove
                </Button>
              )}
            </Group>
          </Stack>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden="true" />}
            onClick={() => {
              const row = emptyInsight();
              onChange([...rows, row]);
              focusSoon(`insight-${row.key}`);
            }}
          >
            Add another insight
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
