import { Anchor, Center, Loader } from "@mantine/core";
import { IconArrowLeft, IconFileUnknown } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { isApiError } from "../lib/api.ts";
import { ApiErrorAlert } from "./ApiErrorAlert.tsx";
import { EmptyState } from "./EmptyState.tsx";

/** What a page needs of its query (or of several queries, combined). */
export type PageQuery<T> = {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
};

type Props<T> = {
  query: PageQuery<T>;
  /** The link above the page, back to the list or page it belongs to. */
  back: { to: string; label: string };
  /** What is loading, for screen readers ("Loading person"). */
  loading: string;
  /** Shown when the id is unknown (404) or malformed in the link (400). */
  missing: { title: string; description?: string; icon?: ReactNode };
  children: (data: T) => ReactNode;
};

/**
 * A detail page around its query: a loader while it loads; "no such …" when the id is
 * unknown or malformed; the error otherwise; then the content, with the way back above it.
 */
export function QueryPage<T>({ query, back, loading, missing, children }: Props<T>) {
  if (query.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader role="status" aria-label={loading} />
      </Center>
    );
  }
  const link = (
    <Anchor component={Link} to={back.to} fz="sm" display="inline-flex" mb="xs">
      <IconArrowLeft size={16} aria-hidden="true" style={{ marginRight: 4 }} /> {back.label}
    </Anchor>
  );
  if (query.isError || query.data === undefined) {
    const notFound = isApiError(query.error) && [400, 404].includes(query.error.status);
    return (
      <>
        {link}
        {notFound ? (
          <EmptyState
            order={1}
            icon={missing.icon ?? <IconFileUnknown size={28} aria-hidden="true" />}
            title={missing.title}
            description={
              missing.description ?? "It may have been deleted, or the link is mistyped."
            }
          />
        ) : (
          <ApiErrorAlert error={query.error} />
        )}
      </>
    );
  }
  return (
    <>
      {link}
      {children(query.data)}
    </>
  );
}
