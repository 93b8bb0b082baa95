import { describe, expect, it } from "vitest";
import { partialGraphNote } from "./labels.ts";

describe("partialGraphNote", () => {
  it("counts paths in words that agree with the number", () => {
    expect(partialGraphNote(1, 1)).toBe(
      "Your network is large, so only the people on the 1 path to decision-makers listed here are drawn.",
    );
    expect(partialGraphNote(25, 25)).toContain("on the 25 paths to decision-makers listed here");
    expect(partialGraphNote(25, 1960)).toBe(
      "Your network is large, so only the people on the 25 paths listed here are drawn (of 1960 paths to decision-makers).",
    );
  });
});
