import { MultiSelect } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUsers } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { usePeopleSearch } from "./queries.ts";

export type PersonRef = { id: string; name: string };

type Props = {
  label: string;
  value: PersonRef[];
  onChange: (value: PersonRef[]) => void;
  error?: ReactNode;
  description?: ReactNode;
  id?: string;
  /** People who may not be picked (e.g. the person an introduction comes from). */
  exclude?: string[];
};

/** Picks people by searching the server as you type (the list may hold 100,000 people). */
export function PeopleMultiSelect({
  label,
  value,
  onChange,
  error,
  description,
  id,
  exclude,
}: Props) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const results = usePeopleSearch(debounced);
  // Names travel with the value; labels add the organization, to tell namesakes apart.
  const names = new Map(value.map((p) => [p.id, p.name]));
  const labels = new Map(names);
  for (const p of results.data ?? []) {
    if (exclude?.includes(p.id)) continue;
    names.set(p.id, p.name);
    labels.set(p.id, p.organizationName ? `${p.name} (${p.organizationName})` : p.name);
  }
  const data = [...labels].map(([v, l]) => ({ value: v, label: l }));

  return (
    <MultiSelect
      id={id}
      label={label}
      description={description}
      error={error}
      placeholder={value.length === 0 ? "Type a name" : undefined}
      data={data}
      value={value.map((p) => p.id)}
      onChange={(ids) => onChange(ids.map((pid) => ({ id: pid, name: names.get(pid) ?? "" })))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already matched what was typed.
      filter={({ options }) => options}
      hidePickedOptions
      leftSection={<IconUsers size={16} aria-hidden="true" />}
      nothingFoundMessage={results.isFetching ? "Searching…" : "Nobody found"}
    />
  );
}
