import { Button } from "@mantine/core";
import { IconMicrophone } from "@tabler/icons-react";
import { Link } from "react-router";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function RehearsePage() {
  return (
    <>
      <PageHeader
        title="Rehearse"
        description="Practise aloud, against the clock and the camera (M4, M5)."
      />
      <EmptyState
        icon={<IconMicrophone size={28} aria-hidden="true" />}
        title="No rehearsals yet"
        description="Say your answers out loud and time them: a 2–3 minute answer is about 260–450 words. For video meetings, test the technology, look into the camera and listen to how you sound (M4, M5)."
        rules={["M4", "M5"]}
        actions={
          <Button component={Link} to="/prepare" variant="light">
            Write your answers first
          </Button>
        }
      />
    </>
  );
}
