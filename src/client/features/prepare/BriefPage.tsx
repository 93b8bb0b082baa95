import { Anchor, Button, Center, Loader } from "@mantine/core";
import { IconArrowLeft, IconPrinter } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { useDocumentTitle } from "../../lib/use-document-title.ts";
import classes from "./BriefPage.module.css";
import {
  BriefAnswers,
  BriefChecklist,
  BriefOrganization,
  BriefPeople,
  BriefQuestions,
} from "./BriefSections.tsx";
import { meetingTime, modeLabel } from "./meeting-text.ts";
import { useMeetingBrief } from "./queries.ts";

/**
 * /meetings/:id/brief — the meeting on one printable page, outside the app's frame so that
 * "Print / Save as PDF" gives just the sheet: the person, the organization and its research,
 * the answers with their timing, the ordered questions and, for video, the M5 checklist.
 */
export function BriefPage() {
  const { id = "" } = useParams();
  const brief = useMeetingBrief(id);
  const names = brief.data?.people.map((p) => p.name).join(", ") ?? "";
  useDocumentTitle(names ? `Brief · ${names}` : "Brief");

  return (
    <div className={classes.page}>
      <nav className={classes.toolbar} aria-label="Brief">
        <Anchor component={Link} to={`/meetings/${id}/prepare`} fz="sm" display="inline-flex">
          <IconArrowLeft size={16} aria-hidden="true" style={{ marginRight: 4 }} /> Back to the
          preparation
        </Anchor>
        <Button
          leftSection={<IconPrinter size={18} aria-hidden="true" />}
          onClick={() => window.print()}
          disabled={!brief.isSuccess}
        >
          Print / Save as PDF
        </Button>
      </nav>
      <main className={classes.sheet} id="main-content" tabIndex={-1}>
        {brief.isPending ? (
          <Center py="xl" role="status">
            <Loader role="status" aria-label="Loading the brief" />
          </Center>
        ) : brief.isError ? (
          <ApiErrorAlert error={brief.error} />
        ) : (
          <>
            <header>
              <div className={classes.eyebrow}>Meeting brief</div>
              <h1 style={{ margin: "2px 0 4px", fontSize: 22, lineHeight: 1.25 }}>
                {names || "Meeting"}
                {brief.data.organization ? ` · ${brief.data.organization.name}` : ""}
              </h1>
              <div className={classes.meta}>
                {meetingTime(brief.data.meeting.scheduledAt, brief.data.meeting.timeZone)} ·{" "}
                {modeLabel(brief.data.meeting.mode)} · {brief.data.meeting.durationMinutes} min
                {brief.data.meeting.location ? ` · ${brief.data.meeting.location}` : ""}
              </div>
            </header>
            <div className={classes.columns} style={{ marginTop: 20 }}>
              <BriefPeople brief={brief.data} />
              <BriefOrganization brief={brief.data} />
            </div>
            <BriefAnswers brief={brief.data} />
            <BriefQuestions brief={brief.data} />
            {brief.data.checklist && <BriefChecklist items={brief.data.checklist} />}
          </>
        )}
      </main>
    </div>
  );
}
