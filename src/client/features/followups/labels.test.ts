import { describe, expect, it } from "vitest";
import type { FollowUpView } from "../../../shared/api/followups.ts";
import { dueText, followUpTitle, todayIn } from "./labels.ts";
import { mailtoHref } from "./mail-links.ts";

const base: FollowUpView = {
  id: "f1",
  kind: "thank-you",
  personId: "p1",
  personName: "Maria Chen",
  meetingId: "m1",
  introductionId: null,
  dueOn: "2026-03-10",
  status: "due",
  snoozedUntil: null,
  draft: { subject: "Thank you, Maria", body: "Hi Maria" },
  draftEdited: false,
  to: "maria@example.com",
  message: null,
};

describe("followUpTitle", () => {
  it("says what to do in plain words", () => {
    expect(followUpTitle(base)).toBe("Thank Maria Chen");
    expect(
      followUpTitle({ ...base, kind: "ask-for-introduction", personName: "Ben Osei" }, "Dee Park"),
    ).toBe("Ask Ben for the introduction to Dee");
    expect(followUpTitle({ ...base, kind: "check-in" })).toBe("Check in with Maria Chen");
  });
});

describe("dueText", () => {
  it("counts days from the workspace's today", () => {
    expect(dueText("2026-03-10", "2026-03-10")).toBe("Due today");
    expect(dueText("2026-03-11", "2026-03-10")).toBe("Due tomorrow");
    expect(dueText("2026-03-17", "2026-03-10")).toBe("Due in 7 days");
    expect(dueText("2026-03-07", "2026-03-10")).toBe("3 days overdue");
  });
});

describe("todayIn", () => {
  it("reads the day in the given zone", () => {
    const late = new Date("2026-03-10T23:30:00Z");
    expect(todayIn("UTC", late)).toBe("2026-03-10");
    expect(todayIn("Europe/Paris", late)).toBe("2026-03-11");
  });
});

describe("mailtoHref", () => {
  it("encodes subject and body, with CRLF line breaks", () => {
    expect(mailtoHref("maria@example.com", "Hi & thanks", "a\nb")).toBe(
      "mailto:maria@example.com?subject=Hi%20%26%20thanks&body=a%0D%0Ab",
    );
  });
});
