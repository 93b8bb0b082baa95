import { IconNotes } from "@tabler/icons-react";
import { EmptyState } from "../../components/EmptyState.tsx";
import { PageHeader } from "../../components/PageHeader.tsx";

export function PreparePage() {
  return (
    <>
      <PageHeader
        title="Prepare"
        description="Your answers and your questions, written before the meeting (M4)."
      />
      <EmptyState
        icon={<IconNotes size={28} aria-hidden="true" />}
        title="Nothing prepared yet"
        description="Write your answers to the questions you will be asked, starting with “Tell me about yourself” (A1–A6). Then the questions you will ask: ones this person can answer, not on their website, high level first, then drill down, and never about openings (M4, M6–M10)."
        rules={["M4", "M6", "M7", "M8", "M9", "M10"]}
      />
    </>
  );
}
