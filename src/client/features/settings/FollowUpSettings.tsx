import { Skeleton } from "@mantine/core";
import { ApiErrorAlert } from "../../components/ApiErrorAlert.tsx";
import { useSignedInSession } from "../auth/session.ts";
import { CalendarSection } from "./CalendarSection.tsx";
import { SearchSection } from "./SearchSection.tsx";
import { useSearchSettings } from "./search-queries.ts";
import { TemplatesSection } from "./TemplatesSection.tsx";

/** The search, its e-mail templates and its calendar: the follow-up half of Settings. */
export function FollowUpSettings() {
  const { canEdit } = useSignedInSession().workspace;
  const settings = useSearchSettings();
  if (settings.isPending)
    return <Skeleton height={220} radius="lg" aria-label="Loading settings" />;
  if (settings.isError) return <ApiErrorAlert error={settings.error} />;
  return (
    <>
      <SearchSection settings={settings.data} canEdit={canEdit} />
      <TemplatesSection canEdit={canEdit} />
      <CalendarSection active={settings.data.calendarFeed} canEdit={canEdit} />
    </>
  );
}
