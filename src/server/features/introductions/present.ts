import type { IntroductionView } from "../../../shared/api/network.ts";
import { toIso } from "../../db/sql.ts";
import type { IntroductionRow } from "./repo.ts";

export function presentIntroduction(i: IntroductionRow): IntroductionView {
  return {
    id: i.id,
    fromPersonId: i.fromPersonId,
    toPersonId: i.toPersonId,
    meetingId: i.meetingId,
    status: i.status,
    notes: i.notes,
    offeredAt: toIso(i.offeredAt),
    toAskAt: toIso(i.toAskAt),
    askedAt: toIso(i.askedAt),
    madeAt: toIso(i.madeAt),
    declinedAt: toIso(i.declinedAt),
    createdAt: i.createdAt.toISOString(),
    updatedAt: i.updatedAt.toISOString(),
  };
}
