import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useDocumentTitle } from "../lib/use-document-title.ts";

// After a deploy, an open tab may ask for a page chunk that no longer exists; a reload
// fetches the new index.html and its chunks.
function isStaleChunk(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
}

/** Shown instead of a page that failed to load or crashed; offers a way forward. */
export function RouteError() {
  const error = useRouteError();
  useDocumentTitle("Something went wrong");
  const stale = isStaleChunk(error);
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  const detail = isRouteErrorResponse(error)
    ? error.statusText
    : error instanceof Error
      ? error.message
      : "";

  return (
    <Stack p="xl" maw={560} gap="md" role="alert">
      <Title order={1} fz={26}>
        {notFound ? "Page not found" : stale ? "Warmpath was updated" : "Something went wrong"}
      </Title>
      <Text>
        {stale
          ? "A newer version is available. Reload the page to continue."
          : "This page could not be shown. Reloading often helps; if it keeps happening, tell the person who runs this Warmpath."}
      </Text>
      {detail && !stale && (
        <Text fz="sm" c="dimmed" ff="monospace">
          {detail}
        </Text>
      )}
      <Group>
        <Button onClick={() => window.location.reload()}>Reload</Button>
        <Button component={Link} to="/" variant="default">
          Go to Today
        </Button>
      </Group>
    </Stack>
  );
}
