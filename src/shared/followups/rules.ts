import { addDays, daysBetween, maxDay } from "./days.ts";
import type {
  Day,
  ExistingFollowUp,
  FollowUpKind,
  FollowUpState,
  Reconciliation,
  WantedFollowUp,
} from "./types.ts";

/** Due offsets of the method's follow-ups, in days. */
export const DUE_AFTER = {
  /** A thank-you goes out the same day (the UI says "today or tomorrow"). */
  "thank-you": 0,
  /** Has the offered introduction happened? Asked again every 3 days until it is made. */
  "confirm-introduction": 3,
  /** Someone was mentioned without an offer: ask for the introduction the next day (M11). */
  "ask-for-introduction": 1,
  /** No referral at all: check in a week later for thoughts or suggestions (M11). */
  "check-in": 7,
  /** A new person was introduced: plan the meeting within two days. */
  "plan-meeting": 2,
} as const;

/** Default days between stay-in-touch notes (M12: monthly). */
export const DEFAULT_CADENCE_DAYS = 30;

/**
 * Follow-ups that would be due this long ago when first derived are not created: recording
 * an old meeting should not produce a thank-you months late. The monthly note is exempt.
 */
export const STALE_AFTER_DAYS = 14;

const OPEN = new Set(["due", "snoozed"]);

function closedOfKind(existing: ExistingFollowUp[], prefix: string) {
  return existing.filter((f) => f.sourceKey.startsWith(prefix) && !OPEN.has(f.status));
}

/**
 * The follow-ups the method asks for, derived from what happened (M11, M12), and the open
 * ones that are no longer needed. Pure: the caller stores the result.
 *
 * - meeting held → thank-you to each person met (same day)
 * - introduction offered or asked → confirm-introduction (+3 days, again 3 days after each
 *   confirmation until it is made)
 * - introduction to-ask (mentioned, not offered) → ask-for-introduction (+1 day)
 * - meeting held with no referral at all → check-in with each person met (+7 days)
 * - anyone met → stay-in-touch, monthly (or their cadence) from the last contact
 * - introduction made → plan-meeting with the person introduced (+2 days), until a meeting
 *   with them is planned
 *
 * Nothing is wanted once the search has ended, nor for a paused person.
 */
export function reconcileFollowUps(state: FollowUpState): Reconciliation {
  const wanted: WantedFollowUp[] = [];
  const paused = new Set(state.people.filter((p) => p.paused).map((p) => p.id));
  const add = (
    w: Omit<WantedFollowUp, "rule"> & { rule?: WantedFollowUp["rule"] },
    stale = true,
  ) => {
    if (paused.has(w.personId)) return;
    const isNew = !state.existing.some((f) => f.sourceKey === w.sourceKey);
    if (isNew && stale && daysBetween(w.dueOn, state.today) > STALE_AFTER_DAYS) return;
    wanted.push({ rule: "M11", ...w });
  };

  if (state.searchActive) {
    for (const m of state.meetings) {
      if (m.status !== "held") continue;
      for (const personId of m.personIds) {
        add({
          sourceKey: `thank-you:${m.id}:${personId}`,
          kind: "thank-you",
          personId,
          meetingId: m.id,
          introductionId: null,
          dueOn: addDays(m.day, DUE_AFTER["thank-you"]),
        });
        if (m.noReferral) {
          add({
            sourceKey: `check-in:${m.id}:${personId}`,
            kind: "check-in",
            personId,
            meetingId: m.id,
            introductionId: null,
            dueOn: addDays(m.day, DUE_AFTER["check-in"]),
          });
        }
      }
    }
    for (const i of state.introductions) {
      if ((i.status === "offered" || i.status === "asked") && (i.offeredOn ?? i.toAskOn)) {
        const prefix = `confirm-introduction:${i.id}:`;
        const closed = closedOfKind(state.existing, prefix);
        const from = maxDay([i.offeredOn ?? i.toAskOn, ...closed.map((f) => f.closedOn)])!;
        add({
          sourceKey: `${prefix}${closed.length}`,
          kind: "confirm-introduction",
          personId: i.fromPersonId,
          meetingId: null,
          introductionId: i.id,
          dueOn: addDays(from, DUE_AFTER["confirm-introduction"]),
        });
      }
      if (i.status === "to-ask" && i.toAskOn) {
        add({
          sourceKey: `ask-for-introduction:${i.id}`,
          kind: "ask-for-introduction",
          personId: i.fromPersonId,
          meetingId: null,
          introductionId: i.id,
          dueOn: addDays(i.toAskOn, DUE_AFTER["ask-for-introduction"]),
        });
      }
      if (
        i.status === "made" &&
        i.madeOn &&
        !state.plannedMeetingPersonIds.includes(i.toPersonId)
      ) {
        add({
          sourceKey: `plan-meeting:${i.id}`,
          kind: "plan-meeting",
          personId: i.toPersonId,
          meetingId: null,
          introductionId: i.id,
          dueOn: addDays(i.madeOn, DUE_AFTER["plan-meeting"]),
        });
      }
    }
    for (const p of state.people) {
      if (!p.lastContactOn) continue;
      const prefix = `stay-in-touch:${p.id}:`;
      const closed = closedOfKind(state.existing, prefix);
      const from = maxDay([p.lastContactOn, ...closed.map((f) => f.closedOn)])!;
      const cadence = p.cadenceDays ?? state.defaultCadenceDays;
      add(
        {
          sourceKey: `${prefix}${closed.length}`,
          kind: "stay-in-touch",
          personId: p.id,
          meetingId: null,
          introductionId: null,
          dueOn: addDays(from, cadence),
          rule: "M12",
        },
        false,
      );
    }
  }

  const wantedKeys = new Set(wanted.map((w) => w.sourceKey));
  const resolved = state.existing
    .filter(
      (f) =>
        OPEN.has(f.status) &&
        f.kind !== ("custom" satisfies FollowUpKind) &&
        !wantedKeys.has(f.sourceKey),
    )
    .map((f) => f.sourceKey);
  return { wanted, resolved };
}

/** Groups due days for the Today page: overdue, today, the rest of this week, later. */
export function bucketOf(dueOn: Day, today: Day): "overdue" | "today" | "week" | "later" {
  const d = daysBetween(today, dueOn);
  if (d < 0) return "overdue";
  if (d === 0) return "today";
  return d <= 7 ? "week" : "later";
}
