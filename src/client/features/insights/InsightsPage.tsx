import { Button } from "@mantine/core";
import { IconBulb } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function InsightsPage() {
  return (
    <>
      <PageHeader title="Insights" description="What you learned, tagged and findable (M13)." />
      <EmptyState
        icon={<IconBulb size={28} aria-hidden="true" />}
        title="No insights yet"
        description="What you learn in each meeting (facts about a sector, an organization or a person, and advice) is material for your next conversations and decisions. Capture it here, tag it, and find it again when you need it (M13)."
        rules={["M13"]}
        actions={
          <Button component={Link} to="/meetings" variant="light">
            Go to your meetings
          </Button>
        }
      />
    </>
  );
}
