import { IconBuilding } from "@tabler/icons-react";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function OrganizationsPage() {
  return (
    <>
      <PageHeader
        title="Organizations"
        description="Where your contacts work, and what their website already says (M7)."
      />
      <EmptyState
        icon={<IconBuilding size={28} aria-hidden="true" />}
        title="No organizations yet"
        description="Keep each organization's sector and your research notes here. What the website already tells you is not a question for a meeting (M7), so write it down before you go."
        rules={["M7"]}
      />
    </>
  );
}
