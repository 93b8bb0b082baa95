import { Button } from "@mantine/core";
import { IconTopologyStar3 } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function NetworkPage() {
  return (
    <>
      <PageHeader
        title="Network"
        description="The referral chain from you to each decision-maker (M1, M2)."
      />
      <EmptyState
        icon={<IconTopologyStar3 size={28} aria-hidden="true" />}
        title="Your referral chain will grow here"
        description="Every introduction links who referred you to whom, and from which meeting. Follow the paths from you to the people who can hire you: the informational meeting gets the job interview (M1, M2)."
        rules={["M1", "M2", "M11"]}
        actions={
          <Button component={Link} to="/people" variant="light">
            Add people you know
          </Button>
        }
      />
    </>
  );
}
