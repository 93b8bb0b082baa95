import { describe, expect, it } from "vitest";
import type { MeetingView } from "../../../shared/api/network.ts";
import { buildInput, emptyIntro, initialForm } from "./debrief-form.ts";

const meeting: MeetingView = {
  id: "00000000-0000-4000-8000-000000000001",
  kind: "informational",
  mode: "video",
  personIds: ["00000000-0000-4000-8000-00000000000a"],
  organizationId: null,
  scheduledAt: "2026-03-10T09:00:00.000Z",
  timeZone: "Europe/Paris",
  durationMinutes: 30,
  location: "",
  status: "planned",
  heldAt: null,
  notes: "",
  createdAt: "2026-03-01T09:00:00.000Z",
  updatedAt: "2026-03-01T09:00:00.000Z",
};
const now = new Date("2026-03-12T12:00:00Z");

describe("the debrief form", () => {
  it("starts at the scheduled time, in the meeting's zone, with no referral case chosen", () => {
    const form = initialForm(meeting, null, () => "");
    expect(form.heldAt).toBe("2026-03-10T10:00");
    expect(form.choice).toBeNull();
  });

  it("asks for one of M11's three cases", () => {
    const result = buildInput(
      initialForm(meeting, null, () => ""),
      meeting,
      now,
    );
    expect("errors" in result && result.errors.choice).toMatch(/Choose/);
  });

  it("sends no introductions for “no referral”, and drops empty insights", () => {
    const form = { ...initialForm(meeting, null, () => ""), choice: "none" as const };
    form.insights = [{ key: "i1", text: "  Budgets reopen in January. ", tags: ["hiring"] }];
    form.insights.push({ key: "i2", text: "   ", tags: [] });
    const result = buildInput(form, meeting, now);
    expect(result).toMatchObject({
      input: {
        heldAt: "2026-03-10T09:00:00.000Z",
        insights: [{ text: "Budgets reopen in January.", tags: ["hiring"] }],
        introductions: [],
      },
    });
  });

  it("sends offered and mentioned people with their status, and names a bad e-mail's field", () => {
    const base = initialForm(meeting, null, () => "");
    const offered = {
      ...emptyIntro(),
      person: { id: "00000000-0000-4000-8000-00000000000b", name: "Dee" },
    };
    const mentioned = { ...emptyIntro(), mode: "new" as const, name: "Sam Ortiz", email: "sam@" };
    const form = {
      ...base,
      choice: "offered" as const,
      offered: [offered],
      toAsk: [mentioned],
      alsoMentioned: true,
    };
    const bad = buildInput(form, meeting, now);
    expect("errors" in bad && bad.errors[`${mentioned.key}.email`]).toBe(
      "E-mail must be an e-mail address",
    );
    const good = buildInput(
      { ...form, toAsk: [{ ...mentioned, email: "sam@northwind.example" }] },
      meeting,
      now,
    );
    expect(good).toMatchObject({
      input: {
        introductions: [
          { toPersonId: offered.person.id, status: "offered" },
          { toPerson: { name: "Sam Ortiz", email: "sam@northwind.example" }, status: "to-ask" },
        ],
      },
    });
  });

  it("refuses a meeting held in the future", () => {
    const form = {
      ...initialForm(meeting, null, () => ""),
      choice: "none" as const,
      heldAt: "2026-04-01T10:00",
    };
    const result = buildInput(form, meeting, now);
    expect("errors" in result && result.errors.heldAt).toMatch(/future/);
  });
});
