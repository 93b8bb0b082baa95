import { Button, Collapse, Grid, Group, Select, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconSearch, IconTag } from "@tabler/icons-react";
import { useEffect, useId, useState } from "react";
import { OrganizationPicker } from "../organizations/OrganizationPicker.tsx";
import { useOrganization } from "../organizations/queries.ts";
import type { PeopleFilters as Filters } from "./queries.ts";

type Props = {
  filters: Filters;
  setFilter: (name: keyof Filters, value: string | null | undefined) => void;
};

const canHireOptions = [
  { value: "", label: "Everyone" },
  { value: "true", label: "Can hire (decision-makers)" },
  { value: "false", label: "Cannot hire" },
];

const sortOptions = [
  { value: "name", label: "Name" },
  { value: "contacted", label: "Recently contacted" },
  { value: "recent", label: "Recently added" },
  { value: "updated", label: "Recently updated" },
];

/** A text field whose value reaches the URL a moment after typing stops. */
function useDebouncedFilter(value: string | undefined, apply: (value: string) => void) {
  const [text, setText] = useState(value ?? "");
  const [debounced] = useDebouncedValue(text.trim(), 300);
  // biome-ignore lint/correctness/useExhaustiveDependencies: apply changes every render; only a new value matters.
  useEffect(() => {
    if (debounced !== (value ?? "")) apply(debounced);
  }, [debounced]);
  return [text, setText] as const;
}

export function PeopleFilters({ filters, setFilter }: Props) {
  const [q, setQ] = useDebouncedFilter(filters.q, (v) => setFilter("q", v));
  const [tag, setTag] = useDebouncedFilter(filters.tag, (v) => setFilter("tag", v));
  const organization = useOrganization(filters.organizationId);
  const phone = useMediaQuery("(max-width: 47.99em)") ?? false;
  const [opened, { toggle }] = useDisclosure(false);
  const moreId = useId();
  const orgValue = filters.organizationId
    ? { id: filters.organizationId, name: organization.data?.name ?? "" }
    : null;

  // On a phone the filters fold under a button, so the list starts near the top.
  const more = (
    <>
      <Grid.Col span={{ base: 24, xs: 12, md: 5 }}>
        {/* Keyed by the id, so a name loaded after the first render shows in the field. */}
        <OrganizationPicker
          key={`${filters.organizationId ?? ""}-${orgValue?.name ?? ""}`}
          label="Organization"
          placeholder="Any organization"
          value={orgValue}
          onChange={(choice) => setFilter("organizationId", choice?.id)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 24, xs: 12, md: 3 }}>
        <TextInput
          label="Tag"
          placeholder="Any tag"
          leftSection={<IconTag size={16} aria-hidden="true" />}
          value={tag}
          onChange={(event) => setTag(event.currentTarget.value)}
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Select
          label="Can hire"
          data={canHireOptions}
          value={filters.canHire ?? ""}
          onChange={(value) => setFilter("canHire", value)}
          allowDeselect={false}
        />
      </Grid.Col>
      {/* Wide enough for "Recently contacted" at a laptop's width. */}
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Select
          label="Sort by"
          data={sortOptions}
          value={filters.sort ?? "name"}
          onChange={(value) => setFilter("sort", value === "name" ? null : value)}
          allowDeselect={false}
        />
      </Grid.Col>
    </>
  );
  const active = [filters.organizationId, filters.tag, filters.canHire].filter(Boolean).length;

  return (
    <Grid columns={24} gap="sm" mb="md" role="search" aria-label="Find people">
      <Grid.Col span={{ base: 24, md: 8 }}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Search"
            placeholder="Name, title, organization, e-mail, tag"
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            type="search"
            style={{ flex: 1 }}
          />
          {phone && (
            <Button
              variant="default"
              onClick={toggle}
              aria-expanded={opened}
              aria-controls={moreId}
              leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden="true" />}
            >
              Filters{active > 0 ? ` (${active})` : ""}
            </Button>
          )}
        </Group>
      </Grid.Col>
      {phone ? (
        <Grid.Col span={24} py={0}>
          <Collapse expanded={opened} id={moreId}>
            <Grid columns={24} gap="sm" pt="xs">
              {more}
            </Grid>
          </Collapse>
        </Grid.Col>
      ) : (
        more
      )}
    </Grid>
  );
}
