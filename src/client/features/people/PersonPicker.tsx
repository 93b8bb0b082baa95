import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUser } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import type { PersonRef } from "./PeopleMultiSelect.tsx";
import { usePeopleSearch } from "./queries.ts";

type Props = {
  label: string;
  value: PersonRef | null;
  onChange: (value: PersonRef | null) => void;
  error?: ReactNode;
  description?: ReactNode;
  id?: string;
  exclude?: string[];
};

/** Picks one person by searching the server as you type. */
export function PersonPicker({ label, value, onChange, error, description, id, exclude }: Props) {
  const [search, setSearch] = useState(value?.name ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = usePeopleSearch(debounced === value?.name ? "" : debounced);
  const names = new Map<string, string>();
  if (value) names.set(value.id, value.name);
  const data = (results.data ?? [])
    .filter((p) => !exclude?.includes(p.id))
    .map((p) => {
      names.set(p.id, p.name);
      return { value: p.id, label: p.name };
    });
  if (value && !data.some((o) => o.value === value.id)) {
    data.unshift({ value: value.id, label: value.name });
  }

  return (
    <Select
      id={id}
      label={label}
      description={description}
      error={error}
      placeholder="Type a name"
      data={data}
      value={value?.id ?? null}
      onChange={(next) => onChange(next ? { id: next, name: names.get(next) ?? "" } : null)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      clearable
      leftSection={<IconUser size={16} aria-hidden="true" />}
      nothingFoundMessage={results.isFetching ? "Searching…" : "Nobody found"}
    />
  );
}
