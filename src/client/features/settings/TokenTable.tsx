import { Button, Code, Skeleton, Table, Text } from "@mantine/core";
import type { TokenView } from "../../../shared/api/auth.ts";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { formatDateTime } from "../../lib/format-date.ts";
import { useTokens } from "./queries.ts";

type Props = { onRevoke: (token: TokenView) => void };

export function TokenTable({ onRevoke }: Props) {
  const tokens = useTokens();

  if (tokens.isPending) return <Skeleton height={80} radius="md" aria-label="Loading tokens" />;
  if (tokens.isError) return <ApiErrorAlert error={tokens.error} />;
  if (tokens.data.length === 0) {
    return (
      <Text c="dimmed" fz="sm">
        You have no tokens. Create one when a script needs to reach your data.
      </Text>
    );
  }

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" highlightOnHover>
        <caption className="visually-hidden">Your active API tokens</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Starts with</Table.Th>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Last used</Table.Th>
            <Table.Th scope="col">
              <span className="visually-hidden">Actions</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.data.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Th scope="row" fw={500}>
                {token.name}
              </Table.Th>
              <Table.Td>
                <Code>{token.prefix}…</Code>
              </Table.Td>
              <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(token.lastUsedAt)}</Table.Td>
              <Table.Td ta="right">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => onRevoke(token)}
                  aria-label={`Revoke ${token.name}`}
                >
                  Revoke
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
