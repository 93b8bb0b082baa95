import { describe, expect, it } from "vitest";
import {
  CONVERSATIONS_COUNTED,
  DEFAULT_TEMPLATES,
  renderDraft,
  unfilledPlaceholders,
} from "./drafts.ts";
import { bucketOf, reconcileFollowUps } from "./rules.ts";
import type { FollowUpState } from "./types.ts";

function state(overrides: Partial<FollowUpState> = {}): FollowUpState {
  return {
    today: "2026-03-10",
    searchActive: true,
    defaultCadenceDays: 30,
    meetings: [],
    introductions: [],
    people: [],
    plannedMeetingPersonIds: [],
    existing: [],
    ...overrides,
  };
}

const held = (id: string, day: string, personIds: string[], noReferral = false) =>
  ({ id, status: "held", day, personIds, noReferral }) as const;
const keys = (s: FollowUpState) =>
  reconcileFollowUps(s).wanted.map((w) => `${w.kind} ${w.personId} ${w.dueOn}`);

describe("follow-up rules (M11, M12), table row by row", () => {
  it("meeting held → thank-you to each person met, the same day", () => {
    expect(keys(state({ meetings: [held("m1", "2026-03-09", ["ana", "ben"])] }))).toEqual([
      "thank-you ana 2026-03-09",
      "thank-you ben 2026-03-09",
    ]);
  });

  it("introduction offered → confirm-introduction +3 days, again after each confirmation until made", () => {
    const offered = {
      id: "i1",
      fromPersonId: "ana",
      toPersonId: "dee",
      status: "offered",
      offeredOn: "2026-03-09",
      toAskOn: null,
      madeOn: null,
    } as const;
    expect(keys(state({ introductions: [offered] }))).toEqual([
      "confirm-introduction ana 2026-03-12",
    ]);
    const confirmedOnce = state({
      today: "2026-03-13",
      introductions: [offered],
      existing: [
        {
          sourceKey: "confirm-introduction:i1:0",
          kind: "confirm-introduction",
          status: "done",
          dueOn: "2026-03-12",
          closedOn: "2026-03-12",
        },
      ],
    });
    expect(reconcileFollowUps(confirmedOnce).wanted.map((w) => [w.sourceKey, w.dueOn])).toEqual([
      ["confirm-introduction:i1:1", "2026-03-15"],
    ]);
    const made = state({
      introductions: [{ ...offered, status: "made", madeOn: "2026-03-10" }],
      existing: [
        {
          sourceKey: "confirm-introduction:i1:0",
          kind: "confirm-introduction",
          status: "due",
          dueOn: "2026-03-12",
          closedOn: null,
        },
      ],
    });
    expect(reconcileFollowUps(made).resolved).toEqual(["confirm-introduction:i1:0"]);
  });

  it("introduction to-ask → ask-for-introduction +1 day, to the person who mentioned them", () => {
    const toAsk = {
      id: "i2",
      fromPersonId: "ana",
      toPersonId: "eve",
      status: "to-ask",
      offeredOn: null,
      toAskOn: "2026-03-09",
      madeOn: null,
    } as const;
    expect(keys(state({ introductions: [toAsk] }))).toEqual([
      "ask-for-introduction ana 2026-03-10",
    ]);
  });

  it("no referral at all → check-in +7 days (M11)", () => {
    expect(keys(state({ meetings: [held("m2", "2026-03-09", ["ana"], true)] }))).toEqual([
      "thank-you ana 2026-03-09",
      "check-in ana 2026-03-16",
    ]);
  });

  it("anyone met → stay-in-touch monthly from the last contact, moved by any contact (M12)", () => {
    expect(
      keys(
        state({
          people: [{ id: "ana", cadenceDays: null, paused: false, lastContactOn: "2026-03-01" }],
        }),
      ),
    ).toEqual(["stay-in-touch ana 2026-03-31"]);
    expect(
      keys(
        state({
          people: [{ id: "ana", cadenceDays: 14, paused: false, lastContactOn: "2026-03-05" }],
        }),
      ),
    ).toEqual(["stay-in-touch ana 2026-03-19"]);
    // After a note was sent (closed), the next one counts from then.
    const next = state({
      people: [{ id: "ana", cadenceDays: null, paused: false, lastContactOn: "2026-03-01" }],
      existing: [
        {
          sourceKey: "stay-in-touch:ana:0",
          kind: "stay-in-touch",
          status: "done",
          dueOn: "2026-03-31",
          closedOn: "2026-04-02",
        },
      ],
    });
    expect(reconcileFollowUps(next).wanted.map((w) => [w.sourceKey, w.dueOn, w.rule])).toEqual([
      ["stay-in-touch:ana:1", "2026-05-02", "M12"],
    ]);
  });

  it("introduction made → plan-meeting with the new person +2 days, until a meeting is planned", () => {
    const made = {
      id: "i3",
      fromPersonId: "ana",
      toPersonId: "dee",
      status: "made",
      offeredOn: "2026-03-01",
      toAskOn: null,
      madeOn: "2026-03-09",
    } as const;
    expect(keys(state({ introductions: [made] }))).toEqual(["plan-meeting dee 2026-03-11"]);
    expect(keys(state({ introductions: [made], plannedMeetingPersonIds: ["dee"] }))).toEqual([]);
  });
});

describe("what stops follow-ups", () => {
  it("ending the search resolves everything open and schedules nothing", () => {
    const s = state({
      searchActive: false,
      meetings: [held("m1", "2026-03-09", ["ana"])],
      existing: [
        {
          sourceKey: "thank-you:m1:ana",
          kind: "thank-you",
          status: "due",
          dueOn: "2026-03-09",
          closedOn: null,
        },
      ],
    });
    expect(reconcileFollowUps(s)).toEqual({ wanted: [], resolved: ["thank-you:m1:ana"] });
  });

  it("a paused person gets nothing; a custom follow-up is never resolved by the rules", () => {
    const s = state({
      meetings: [held("m1", "2026-03-09", ["ana"])],
      people: [{ id: "ana", cadenceDays: null, paused: true, lastContactOn: "2026-03-09" }],
      existing: [
        {
          sourceKey: "custom:x",
          kind: "custom",
          status: "due",
          dueOn: "2026-03-20",
          closedOn: null,
        },
      ],
    });
    expect(reconcileFollowUps(s)).toEqual({ wanted: [], resolved: [] });
  });

  it("does not create a thank-you for a meeting recorded long after it was held", () => {
    expect(keys(state({ meetings: [held("old", "2025-12-01", ["ana"])] }))).toEqual([]);
  });

  it("keeps an existing follow-up's key even when it became stale", () => {
    const s = state({
      today: "2026-04-30",
      meetings: [held("m1", "2026-03-09", ["ana"])],
      existing: [
        {
          sourceKey: "thank-you:m1:ana",
          kind: "thank-you",
          status: "due",
          dueOn: "2026-03-09",
          closedOn: null,
        },
      ],
    });
    expect(reconcileFollowUps(s).resolved).toEqual([]);
  });

  it("buckets days for Today", () => {
    expect(bucketOf("2026-03-09", "2026-03-10")).toBe("overdue");
    expect(bucketOf("2026-03-10", "2026-03-10")).toBe("today");
    expect(bucketOf("2026-03-17", "2026-03-10")).toBe("week");
    expect(bucketOf("2026-03-18", "2026-03-10")).toBe("later");
  });
});

describe("drafts", () => {
  const facts = {
    personName: "Maria Chen",
    personGivenName: "Maria",
    myName: "Amara Okafor",
    meetingDay: "March 9",
    insight: "Utilities will spend the next decade replacing pipes.",
    introducedName: null,
    introducedOrganization: null,
    introducerName: null,
    topic: null,
    conversationsSince: 3,
    plannedCount: 2,
  };

  it("fills every field of every default template from real data", () => {
    for (const template of Object.values(DEFAULT_TEMPLATES)) {
      expect(unfilledPlaceholders(renderDraft(template, facts))).toEqual([]);
    }
    const thanks = renderDraft(DEFAULT_TEMPLATES["thank-you"], facts);
    expect(thanks.subject).toBe("Thank you, Maria");
    expect(thanks.body).toContain("on March 9");
    expect(thanks.body).toContain("replacing pipes.");
    expect(thanks.body).toContain("Amara Okafor");
    const monthly = renderDraft(DEFAULT_TEMPLATES["stay-in-touch"], facts);
    expect(monthly.body).toContain("still looking for the right opportunity");
    expect(monthly.body).toContain("3 interesting conversations");
    expect(monthly.body).toContain("2 more planned");
  });

  it("says one conversation, several, or more than the bound it counts to (M12)", () => {
    const monthly = (n: number) =>
      renderDraft(DEFAULT_TEMPLATES["stay-in-touch"], { ...facts, conversationsSince: n }).body;
    expect(monthly(1)).toContain("I have had an interesting conversation since");
    expect(monthly(CONVERSATIONS_COUNTED)).toContain(
      `${CONVERSATIONS_COUNTED} interesting conversations`,
    );
    expect(monthly(CONVERSATIONS_COUNTED + 1)).toContain(
      `more than ${CONVERSATIONS_COUNTED} interesting conversations`,
    );
    expect(monthly(0)).toContain("I have been preparing for new conversations");
    const planned = (n: number) =>
      renderDraft(DEFAULT_TEMPLATES["stay-in-touch"], { ...facts, plannedCount: n }).body;
    expect(planned(1)).toContain("and I have another planned");
    expect(planned(CONVERSATIONS_COUNTED + 1)).toContain(
      `and I have more than ${CONVERSATIONS_COUNTED} planned`,
    );
  });

  it("reports a placeholder a user template leaves unfilled", () => {
    expect(
      unfilledPlaceholders(
        renderDraft({ subject: "Hi {firstName}", body: "About {project}" }, facts),
      ),
    ).toEqual(["{project}"]);
  });
});
