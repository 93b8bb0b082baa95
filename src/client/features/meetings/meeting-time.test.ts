import { describe, expect, it } from "vitest";
import { isoToZoned, suggestedSlots, zonedToIso } from "./meeting-time.ts";

describe("zonedToIso", () => {
  it("reads a wall-clock time in the meeting's zone", () => {
    expect(zonedToIso("2026-05-04T14:00", "Europe/Paris")).toBe("2026-05-04T12:00:00.000Z");
    expect(zonedToIso("2026-01-15T09:30", "America/New_York")).toBe("2026-01-15T14:30:00.000Z");
    expect(zonedToIso("2026-01-15T09:30", "UTC")).toBe("2026-01-15T09:30:00.000Z");
  });

  it("settles the offset across a daylight-saving change", () => {
    // Paris moves to summer time at 02:00 on 29 March 2026.
    expect(zonedToIso("2026-03-29T10:00", "Europe/Paris")).toBe("2026-03-29T08:00:00.000Z");
    expect(zonedToIso("2026-03-28T10:00", "Europe/Paris")).toBe("2026-03-28T09:00:00.000Z");
  });

  it("rejects what is not a wall-clock time", () => {
    expect(zonedToIso("", "UTC")).toBeNull();
    expect(zonedToIso("2026-05-04", "UTC")).toBeNull();
  });

  it("round-trips with isoToZoned", () => {
    const iso = zonedToIso("2026-11-02T08:15", "Asia/Kolkata");
    expect(iso).not.toBeNull();
    expect(isoToZoned(iso ?? "", "Asia/Kolkata")).toBe("2026-11-02T08:15");
  });
});

describe("suggestedSlots", () => {
  it("offers the next working days at 10:00 and 14:00", () => {
    // Friday 1 May 2026: the next working day is Monday 4 May.
    const slots = suggestedSlots(new Date(2026, 4, 1, 16, 0));
    expect(slots.map((s) => s.wall)).toEqual([
      "2026-05-04T10:00",
      "2026-05-04T14:00",
      "2026-05-05T10:00",
      "2026-05-05T14:00",
    ]);
  });
});
