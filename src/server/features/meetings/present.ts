import type { MeetingView } from "../../../shared/api/network.ts";
import { toIso } from "../../db/sql.ts";
import type { MeetingRecord } from "./repo.ts";

export function presentMeeting(m: MeetingRecord): MeetingView {
  return {
    id: m.id,
    kind: m.kind,
    mode: m.mode,
    personIds: m.personIds,
    organizationId: m.organizationId,
    scheduledAt: m.scheduledAt.toISOString(),
    timeZone: m.timeZone,
    durationMinutes: m.durationMinutes,
    location: m.location,
    status: m.status,
    heldAt: toIso(m.heldAt),
    notes: m.notes,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
