import { Group, Select, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBuilding, IconPlus } from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useOrganizationSearch } from "./queries.ts";

/** A chosen organization: an existing one (id), or a new one to create by name (id null). */
export type OrganizationChoice = { id: string | null; name: string };

type Props = {
  label: string;
  value: OrganizationChoice | null;
  onChange: (value: OrganizationChoice | null) => void;
  /** Offer "Create “…”" when the typed name matches no organization. */
  allowCreate?: boolean;
  description?: ReactNode;
  error?: ReactNode;
  placeholder?: string;
  id?: string;
};

const CREATE = "create:";
const NEW = "new:";

/** Searches organizations on the server as you type; can name a new one. */
export function OrganizationPicker(props: Props) {
  const { value, onChange, allowCreate = false } = props;
  const [search, setSearch] = useState(value?.name ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 250);
  // While the field shows the chosen name, list from the start instead of that one name.
  const results = useOrganizationSearch(debounced === value?.name ? "" : debounced);

  const options = (results.data ?? []).map((o) => ({ value: o.id, label: o.name }));
  const selectedValue = value ? (value.id ?? `${NEW}${value.name}`) : null;
  if (value && selectedValue && !options.some((o) => o.value === selectedValue)) {
    options.unshift({ value: selectedValue, label: value.name });
  }
  const typed = search.trim();
  const known = options.some((o) => o.label.toLowerCase() === typed.toLowerCase());
  if (allowCreate && typed && !known) options.push({ value: `${CREATE}${typed}`, label: typed });

  const choose = (next: string | null, label: string | undefined) => {
    if (next === null) onChange(null);
    else if (next.startsWith(CREATE)) onChange({ id: null, name: next.slice(CREATE.length) });
    else if (!next.startsWith(NEW)) onChange({ id: next, name: label ?? "" });
  };

  return (
    <Select
      id={props.id}
      label={props.label}
      description={props.description}
      error={props.error}
      placeholder={props.placeholder ?? "Search organizations"}
      data={options}
      value={selectedValue}
      onChange={(next, option) => choose(next, option?.label)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by what was typed.
      filter={({ options: all }) => all}
      clearable
      leftSection={<IconBuilding size={16} aria-hidden="true" />}
      nothingFoundMessage={allowCreate ? "Type a name to add it" : "No organization found"}
      renderOption={({ option }) =>
        option.value.startsWith(CREATE) ? (
          <Group gap={6} wrap="nowrap">
            <IconPlus size={14} aria-hidden="true" />
            <Text fz="sm">
              Add new organization “<strong>{option.label}</strong>”
            </Text>
          </Group>
        ) : option.value.startsWith(NEW) ? (
          <Text fz="sm">{option.label} (new)</Text>
        ) : (
          <Text fz="sm">{option.label}</Text>
        )
      }
    />
  );
}
