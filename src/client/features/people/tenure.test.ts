import { describe, expect, it } from "vitest";
import { describeTenure, timeSince } from "./tenure.ts";

const now = new Date(2026, 10, 27); // 27 Nov 2026, local time

describe("timeSince", () => {
  it("counts whole months and years, never rounding up", () => {
    expect(timeSince("2019-03-01", now)).toBe("7 years");
    expect(timeSince("2025-11-28", now)).toBe("11 months");
    expect(timeSince("2025-11-27", now)).toBe("1 year");
    expect(timeSince("2026-11-02", now)).toBe("less than a month");
  });

  it("has nothing to say about a date still to come", () => {
    expect(timeSince("2027-01-01", now)).toBeNull();
  });
});

describe("describeTenure", () => {
  it("suggests the M9 question that fits the tenure", () => {
    expect(describeTenure("2026-06-01", now).hint).toMatch(/what drew them/);
    expect(describeTenure("2019-03-01", now).hint).toMatch(/changed/);
    expect(describeTenure(null, now).text).toBe("Start date not known");
  });
});
