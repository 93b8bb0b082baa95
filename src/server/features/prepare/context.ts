// Imported from its own file: the engine barrel would load the NLP library at start-up.
import { tenureOf } from "../../../shared/method/plan/tenure.ts";
import type { Db } from "../../db/connect.ts";
import { errors } from "../../http/errors.ts";
import { getMeeting } from "../meetings/repo.ts";
import { getOrganization } from "../organizations/repo.ts";
import { getPeopleByIds } from "../people/repo.ts";

/**
 * What preparing a meeting needs to know: the meeting, the people met (in the meeting's
 * order), the organization and its research notes (M7), and the tenure of the first person
 * on the meeting's date (M9).
 */
export async function meetingContext(db: Db, ws: string, meetingId: string) {
  const meeting = await getMeeting(db, ws, meetingId);
  if (!meeting) throw errors.notFound("Meeting");
  // One after another: this runs inside transactions, on one connection.
  const people = await getPeopleByIds(db, ws, meeting.personIds);
  const organization = meeting.organizationId
    ? await getOrganization(db, ws, meeting.organizationId)
    : undefined;
  const ordered = meeting.personIds.flatMap((id) => people.filter((p) => p.person.id === id));
  const lead = ordered[0]?.person;
  const meetingDay = meeting.scheduledAt.toISOString().slice(0, 10);
  return {
    meeting,
    people: ordered,
    organization,
    tenure: tenureOf(lead?.startedAt ?? null, meetingDay),
    research: organization?.research ?? "",
  };
}

export type MeetingContext = Awaited<ReturnType<typeof meetingContext>>;
