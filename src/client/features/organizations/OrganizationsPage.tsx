import { Box, Button, Card, Center, Loader, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue, useDisclosure } from "@mantine/hooks";
import { IconBuilding, IconBuildingPlus, IconSearch, IconSearchOff } from "@tabler/icons-react";
import { useEffect, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { OrganizationFormModal } from "./OrganizationFormModal.tsx";
import { OrganizationRow } from "./OrganizationRow.tsx";
import { useOrganizationsInfinite } from "./queries.ts";

export function OrganizationsPage() {
  const canEdit = useSignedInSession().workspace.canEdit;
  const [adding, { open, close }] = useDisclosure(false);
  // The search lives in the URL, so it survives opening an organization and coming back.
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get("q") ?? "";
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (debounced !== q) setSearchParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, q, setSearchParams]);

  const query = useOrganizationsInfinite({ q: q || undefined });
  const organizations = useMemo(
    () => query.data?.pages.flatMap((p) => p.items) ?? [],
    [query.data],
  );
  const noneAtAll = query.isSuccess && organizations.length === 0 && !q;

  const addButton = canEdit && (
    <Button leftSection={<IconBuildingPlus size={18} aria-hidden="true" />} onClick={open}>
      Add organization
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Organizations"
        description="Where the people you know work, and the places you want to work (targets)."
        actions={!noneAtAll && addButton}
      />
      {noneAtAll ? (
        <EmptyState
          icon={<IconBuilding size={28} aria-hidden="true" />}
          title="No organizations yet"
          description="Add the organizations you would like to work for and mark them as targets: Warmpath shows who you know inside and the shortest introduction chain to someone who can hire you there (M1, M2). Keep what their website says apart, so you never ask it (M7)."
          rules={["M1", "M2", "M7"]}
          actions={addButton}
        />
      ) : (
        <Stack gap="md">
          <Box role="search" aria-label="Find organizations" maw={420}>
            <TextInput
              label="Search"
              placeholder="Name"
              type="search"
              leftSection={<IconSearch size={16} aria-hidden="true" />}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
            />
          </Box>
          {query.isError && <ApiErrorAlert error={query.error} />}
          {query.isPending ? (
            <Center py="xl" role="status">
              <Loader role="status" aria-label="Loading organizations" />
            </Center>
          ) : organizations.length === 0 ? (
            <EmptyState
              size="md"
              icon={<IconSearchOff size={24} aria-hidden="true" />}
              title="No organization matches"
              description="Try another name."
            />
          ) : (
            <Card withBorder radius="lg" padding={0}>
              <Box
                component="ul"
                m={0}
                p={0}
                style={{ listStyle: "none" }}
                aria-label="Organizations"
              >
                {organizations.map((o) => (
                  <li key={o.id}>
                    <OrganizationRow organization={o} />
                  </li>
                ))}
              </Box>
            </Card>
          )}
          {query.hasNextPage && (
            <Center>
              <Button
                variant="default"
                onClick={() => void query.fetchNextPage()}
                loading={query.isFetchingNextPage}
              >
                Show more
              </Button>
            </Center>
          )}
          {query.isSuccess && organizations.length > 0 && (
            <Text fz="sm" c="dimmed" ta="center" role="status">
              {organizations.length} {organizations.length === 1 ? "organization" : "organizations"}
              {query.hasNextPage ? " shown" : ""}
            </Text>
          )}
        </Stack>
      )}
      <OrganizationFormModal opened={adding} onClose={close} />
    </>
  );
}
