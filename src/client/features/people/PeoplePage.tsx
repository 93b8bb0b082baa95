import { Button, Center, Group, Loader, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconFileImport, IconSearchOff, IconUserPlus, IconUsers } from "@tabler/icons-react";
import { useMemo } from "react";
import { Link } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { PeopleFilters } from "./PeopleFilters.tsx";
import { PeopleList } from "./PeopleList.tsx";
import { PersonFormModal } from "./PersonFormModal.tsx";
import { usePeopleInfinite } from "./queries.ts";
import { usePeopleParams } from "./use-people-params.ts";

export function PeoplePage() {
  const { workspace } = useSignedInSession();
  const [adding, { open, close }] = useDisclosure(false);
  const { filters, setFilter, isFiltered } = usePeopleParams();
  const query = usePeopleInfinite(filters);
  const people = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const noneAtAll = query.isSuccess && people.length === 0 && !isFiltered;

  const addButton = workspace.canEdit && (
    <>
      <Button
        component={Link}
        to="/people/import"
        variant="default"
        leftSection={<IconFileImport size={18} aria-hidden="true" />}
      >
        Import
      </Button>
      <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={open}>
        Add person
      </Button>
    </>
  );

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone you know and meet, where they work, and who can hire you (M1)."
        actions={!noneAtAll && addButton}
      />
      {noneAtAll ? (
        <EmptyState
          icon={<IconUsers size={28} aria-hidden="true" />}
          title="No people yet"
          description="Start with people you already know: former colleagues, classmates, neighbours — type them in, or import your LinkedIn connections or address book. For each, note where they work, how long they have been there (M9) and whether they can hire you (M1). Every referral chain begins with one of them."
          rules={["M1", "M9"]}
          actions={addButton}
        />
      ) : (
        <>
          <PeopleFilters filters={filters} setFilter={setFilter} />
          {query.isError && <ApiErrorAlert error={query.error} />}
          <Group justify="space-between" mb="xs" mih={24}>
            <Text fz="sm" c="dimmed" role="status" aria-live="polite">
              {query.isSuccess &&
                (people.length === 0
                  ? ""
                  : `${people.length.toLocaleString()}${query.hasNextPage ? "+" : ""} ${people.length === 1 ? "person" : "people"}${query.hasNextPage ? " — more load as you scroll" : ""}`)}
            </Text>
            {query.isFetching && !query.isFetchingNextPage && (
              <Loader size="xs" aria-hidden="true" />
            )}
          </Group>
          {query.isPending ? (
            <Center py="xl" role="status">
              <Loader role="status" aria-label="Loading people" />
            </Center>
          ) : people.length === 0 && query.isSuccess ? (
            <EmptyState
              size="md"
              icon={<IconSearchOff size={24} aria-hidden="true" />}
              title="Nobody matches"
              description="Try fewer words, another organization or tag, or clear the filters."
            />
          ) : (
            <PeopleList
              people={people}
              hasNextPage={query.hasNextPage}
              isFetchingNextPage={query.isFetchingNextPage}
              fetchNextPage={() => void query.fetchNextPage()}
            />
          )}
        </>
      )}
      <PersonFormModal opened={adding} onClose={close} />
    </>
  );
}
