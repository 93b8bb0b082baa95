import { Button } from "@mantine/core";
import { IconChartFunnel } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function FunnelPage() {
  return (
    <>
      <PageHeader
        title="Funnel"
        description="Meetings → referrals → decision-makers → interviews → offers (M2)."
      />
      <EmptyState
        icon={<IconChartFunnel size={28} aria-hidden="true" />}
        title="Your funnel starts with a meeting"
        description="The job interview gets the job; the informational meeting gets the job interview. See how your meetings turn into referrals, decision-makers reached, job interviews and offers (M2)."
        rules={["M2"]}
        actions={
          <Button component={Link} to="/meetings" variant="light">
            Plan a meeting
          </Button>
        }
      />
    </>
  );
}
