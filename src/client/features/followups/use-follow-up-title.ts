import { useMemo } from "react";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { useIntroductions } from "../network/queries.ts";
import { usePeopleByIds } from "../people/queries.ts";
import { followUpTitle, needsOtherName } from "./labels.ts";

/**
 * The follow-up's title with the other end of its introduction named ("Ask Ben for the
 * introduction to Dee"). The follow-up carries only the introduction's id, so the name is
 * looked up through the person's introductions (cached per person).
 */
export function useFollowUpTitle(f: FollowUpView): string {
  const wanted = needsOtherName(f);
  const introductions = useIntroductions({ personId: f.personId }, wanted);
  const introduction = introductions.data?.find((i) => i.id === f.introductionId);
  const otherId = introduction
    ? introduction.fromPersonId === f.personId
      ? introduction.toPersonId
      : introduction.fromPersonId
    : null;
  const ids = useMemo(() => (otherId ? [otherId] : []), [otherId]);
  const people = usePeopleByIds(ids);
  const otherName = otherId ? (people.byId.get(otherId)?.name ?? null) : null;
  return followUpTitle(f, otherName);
}
