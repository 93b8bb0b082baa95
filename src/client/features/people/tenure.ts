import { tenureOf } from "../../../shared/method/plan/tenure.ts";
import { formatDay, relativeTime } from "../network/relative-time.ts";

/** "Joined 3 years ago (12 Mar 2023)", and the M9 question that fits that tenure. */
export function describeTenure(startedAt: string | null, now = new Date()) {
  if (!startedAt) {
    return {
      text: "Start date not known",
      hint: "Add when they started: a newcomer and a veteran get different questions (M9).",
    };
  }
  const today = now.toISOString().slice(0, 10);
  const tenure = tenureOf(startedAt, today);
  const hint =
    tenure === "new"
      ? "New there: ask what drew them to it (M9)."
      : tenure === "long"
        ? "There a while: ask how the industry and the organization have changed in their time (M9)."
        : "Either question fits: what drew them, or what has changed since they joined (M9).";
  return {
    text: `Joined ${relativeTime(`${startedAt}T12:00:00`, now)} (${formatDay(startedAt)})`,
    hint,
  };
}
