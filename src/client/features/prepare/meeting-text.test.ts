import { describe, expect, it } from "vitest";
import { tenureLine, timeSince } from "./meeting-text.ts";

describe("timeSince", () => {
  it("counts whole years, as people say them", () => {
    expect(timeSince("2020-03-01", new Date("2026-12-03T15:00:00Z"))).toBe("6 years ago");
  });
  it("falls back to months and weeks for newcomers", () => {
    expect(timeSince("2026-06-01", new Date("2026-12-03T15:00:00Z"))).toBe("6 months ago");
    expect(timeSince("2026-11-10", new Date("2026-12-03T15:00:00Z"))).toBe("3 weeks ago");
  });
});

describe("tenureLine (M9)", () => {
  it("pairs the tenure with the question that fits it", () => {
    const line = tenureLine({ startedAt: "2020-03-01", tenure: "long" }, "2026-12-03T15:00:00Z");
    expect(line).toBe(
      "Joined 6 years ago → ask how the industry and the organization have changed in their time (M9)",
    );
  });
  it("asks for the start date when it is missing", () => {
    expect(tenureLine({ startedAt: null, tenure: "unknown" }, "2026-12-03T15:00:00Z")).toMatch(
      /^Start date not known/,
    );
  });
});
