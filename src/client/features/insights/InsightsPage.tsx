import { Button, Center, Group, Loader, Select, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBulb, IconSearch } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { usePeopleByIds } from "../people/queries.ts";
import { InsightCard } from "./InsightCard.tsx";
import { useInsights, useInsightTags } from "./queries.ts";

const m13 =
  "What you learn in each meeting (facts about a sector, an organization or a person, and advice) is material for your next conversations and decisions. Record it in each meeting's debrief, tag it, and find it here when you need it (M13).";

/** M13: everything learned, searchable in full text and by tag. */
export function InsightsPage() {
  const [params, setParams] = useSearchParams();
  const tag = params.get("tag");
  const [text, setText] = useState(params.get("q") ?? "");
  const [q] = useDebouncedValue(text.trim(), 300);
  const { tags, total, query: all } = useInsightTags();
  const results = useInsights({ q: q || undefined, tag: tag ?? undefined });
  const personIds = useMemo(
    () => (results.data ?? []).flatMap((i) => (i.personId ? [i.personId] : [])),
    [results.data],
  );
  const people = usePeopleByIds(personIds);

  // The search lives in the URL, so a search can be bookmarked and Back restores it.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q) next.set("q", q);
        else next.delete("q");
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);
  const setTag = (value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set("tag", value);
      else next.delete("tag");
      return next;
    });

  const header = (
    <PageHeader title="Insights" description="What you learned, tagged and findable (M13)." />
  );
  if (all.isPending) {
    return (
      <>
        {header}
        <Center py="xl" role="status">
          <Loader role="status" aria-label="Loading insights" />
        </Center>
      </>
    );
  }
  if (all.isSuccess && total === 0) {
    return (
      <>
        {header}
        <EmptyState
          icon={<IconBulb size={28} aria-hidden="true" />}
          title="No insights yet"
          description={m13}
          rules={["M13"]}
          actions={
            <Button component={Link} to="/meetings" variant="light">
              Go to your meetings
            </Button>
          }
        />
      </>
    );
  }

  const words = q.split(/\s+/).filter((w) => w.length > 2);
  const list = results.data ?? [];
  return (
    <>
      {header}
      <Stack gap="md" maw={820}>
        <Group
          component="form"
          role="search"
          aria-label="Search insights"
          align="flex-end"
          gap="sm"
          onSubmit={(e) => e.preventDefault()}
        >
          <TextInput
            type="search"
            label="Search"
            placeholder="e.g. hiring freeze, value-based care"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            style={{ flex: "1 1 260px" }}
          />
          <Select
            label="Tag"
            placeholder="Any tag"
            data={tags}
            value={tag}
            onChange={setTag}
            clearable
            searchable
            style={{ flex: "0 1 220px" }}
          />
        </Group>
        <Text fz="sm" c="dimmed" role="status" aria-live="polite">
          {results.isFetching && !results.data
            ? "Searching…"
            : `${list.length} ${list.length === 1 ? "insight" : "insights"}${q || tag ? " found" : ""}${q ? ", best match first" : ""}`}
        </Text>
        {results.isError && <ApiErrorAlert error={results.error} />}
        {list.length === 0 && results.isSuccess ? (
          <EmptyState
            size="md"
            icon={<IconSearch size={24} aria-hidden="true" />}
            title="Nothing matches"
            description="Try other words or another tag. Search looks at whole words in the text and the tags."
            actions={
              <Button
                variant="light"
                onClick={() => {
                  setText("");
                  setTag(null);
                }}
              >
                Clear the search
              </Button>
            }
          />
        ) : (
          <Stack gap="sm" style={{ opacity: results.isPlaceholderData ? 0.6 : 1 }}>
            {list.map((insight) => (
              <InsightCard
                key={insight.id}
                insight={insight}
                person={insight.personId ? people.byId.get(insight.personId) : undefined}
                words={words}
                activeTag={tag}
                onTag={(t) => setTag(t === tag ? null : t)}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </>
  );
}
