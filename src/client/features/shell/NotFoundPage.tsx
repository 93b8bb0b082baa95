import { Button } from "@mantine/core";
import { IconRoute } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        icon={<IconRoute size={28} aria-hidden="true" />}
        title="There is nothing at this address"
        description="The link may be old or mistyped. Every section is in the navigation."
        actions={
          <Button component={Link} to="/">
            Go to Today
          </Button>
        }
      />
    </>
  );
}
