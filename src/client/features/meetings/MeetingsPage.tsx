import { Button, Tabs } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../components/PageHeader.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { MeetingsTab } from "./MeetingsTab.tsx";
import { PlanMeetingModal } from "./PlanMeetingModal.tsx";

export function MeetingsPage() {
  const canEdit = useSignedInSession().workspace.canEdit;
  const [planning, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();
  // The tab is in the URL, so going back from a past meeting returns to "Past".
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = searchParams.get("tab") === "past" ? "past" : "upcoming";

  return (
    <>
      <PageHeader
        title="Meetings"
        description="Informational meetings and job interviews: prepared, held, and followed up (M2, M4)."
        actions={
          canEdit && (
            <Button leftSection={<IconCalendarPlus size={18} aria-hidden="true" />} onClick={open}>
              Plan a meeting
            </Button>
          )
        }
      />
      <Tabs
        value={tab}
        onChange={(value) =>
          setSearchParams(value === "past" ? { tab: "past" } : {}, { replace: true })
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="upcoming">Upcoming</Tabs.Tab>
          <Tabs.Tab value="past">Past</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="upcoming">
          <MeetingsTab when="upcoming" />
        </Tabs.Panel>
        <Tabs.Panel value="past">
          <MeetingsTab when="past" />
        </Tabs.Panel>
      </Tabs>
      <PlanMeetingModal
        opened={planning}
        onClose={close}
        onPlanned={(meeting) => navigate(`/meetings/${meeting.id}`)}
      />
    </>
  );
}
