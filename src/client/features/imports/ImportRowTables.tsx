import { Anchor, Badge, Button, Group, Table, Text } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { Link } from "react-router";
import type {
  ImportCreatedRow,
  ImportMergedRow,
  ImportSummaryView,
} from "../../../shared/api/imports.ts";

// A few rows at first so the buttons stay in sight; the rest of the sample on request.
const FIRST_ROWS = 10;
// Skipped rows all come back from the server; past this many the page lists the first ones.
const SKIPPED_LISTED = 200;

const dash = (v: string | null) => v || "—";

type Listing<T> = {
  rows: T[];
  total: number;
  children: (visible: T[]) => ReactNode;
  head: ReactNode;
};

/**
 * A table of the first rows, with "Show more" up to the sample the server sent; says how
 * many of the file's rows that is when the sample is not all of them.
 */
function RowsTable<T>({ rows, total, head, children }: Listing<T>) {
  const [expanded, setExpanded] = useState(false);
  const visible = expanded ? rows : rows.slice(0, FIRST_ROWS);
  const hidden = rows.length - visible.length;
  return (
    <>
      <Table.ScrollContainer minWidth={300}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>{head}</Table.Tr>
          </Table.Thead>
          <Table.Tbody>{children(visible)}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {(hidden > 0 || rows.length < total) && (
        <Group gap="sm" mt="xs">
          <Text fz="sm" c="dimmed">
            {visible.length.toLocaleString()} of {total.toLocaleString()} shown
            {hidden === 0 && ` (the preview lists the first ${rows.length.toLocaleString()})`}.
          </Text>
          {hidden > 0 && (
            <Button variant="subtle" size="compact-sm" onClick={() => setExpanded(true)}>
              Show {hidden.toLocaleString()} more
            </Button>
          )}
        </Group>
      )}
    </>
  );
}

const LineHead = () => (
  <Table.Th w={64} ta="right">
    Line
  </Table.Th>
);
const LineCell = ({ line }: { line: number }) => (
  <Table.Td ta="right" c="dimmed" style={{ fontVariantNumeric: "tabular-nums" }}>
    {line}
  </Table.Td>
);

export function CreatedTable({ rows, total }: { rows: ImportCreatedRow[]; total: number }) {
  return (
    <RowsTable
      rows={rows}
      total={total}
      head={
        <>
          <LineHead />
          <Table.Th>Name</Table.Th>
          <Table.Th>Organization</Table.Th>
          <Table.Th visibleFrom="sm">Title</Table.Th>
        </>
      }
    >
      {(visible) =>
        visible.map((row) => (
          <Table.Tr key={row.line}>
            <LineCell line={row.line} />
            <Table.Td fw={500}>{row.name}</Table.Td>
            <Table.Td>{dash(row.organization)}</Table.Td>
            <Table.Td visibleFrom="sm">{dash(row.title)}</Table.Td>
          </Table.Tr>
        ))
      }
    </RowsTable>
  );
}

export function MergedTable({ rows, total }: { rows: ImportMergedRow[]; total: number }) {
  return (
    <RowsTable
      rows={rows}
      total={total}
      head={
        <>
          <LineHead />
          <Table.Th>On the file</Table.Th>
          <Table.Th>Merges into</Table.Th>
          <Table.Th visibleFrom="sm">Brings</Table.Th>
        </>
      }
    >
      {(visible) =>
        visible.map((row) => (
          <Table.Tr key={row.line}>
            <LineCell line={row.line} />
            <Table.Td>
              {row.name}
              {row.organization && (
                <Text component="span" c="dimmed" fz="sm">
                  {" "}
                  · {row.organization}
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {row.personId ? (
                <Anchor component={Link} to={`/people/${row.personId}`} fw={500}>
                  {row.personName}
                </Anchor>
              ) : (
                <>
                  {row.personName}{" "}
                  <Text component="span" c="dimmed" fz="sm">
                    (an earlier row)
                  </Text>
                </>
              )}
            </Table.Td>
            <Table.Td visibleFrom="sm">
              {row.changed ? (
                <Badge variant="light">new details</Badge>
              ) : (
                <Text component="span" c="dimmed" fz="sm">
                  nothing new
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))
      }
    </RowsTable>
  );
}

export function SkippedTable({ rows }: { rows: ImportSummaryView["skipped"] }) {
  return (
    <RowsTable
      rows={rows.slice(0, SKIPPED_LISTED)}
      total={rows.length}
      head={
        <>
          <LineHead />
          <Table.Th>Why it is left out</Table.Th>
        </>
      }
    >
      {(visible) =>
        visible.map((row) => (
          <Table.Tr key={row.line}>
            <LineCell line={row.line} />
            <Table.Td>{row.reason}</Table.Td>
          </Table.Tr>
        ))
      }
    </RowsTable>
  );
}
