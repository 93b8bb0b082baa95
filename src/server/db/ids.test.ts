import { validate, version } from "uuid";
import { describe, expect, it, vi } from "vitest";
import { timeOrderedIds } from "./ids.ts";

describe("timeOrderedIds", () => {
  it("gives valid, distinct UUIDv7 ids, each greater than the one before, across batches", () => {
    const next = timeOrderedIds(100);
    const ids = Array.from({ length: 5_000 }, next);
    for (const id of ids) {
      expect(validate(id)).toBe(true);
      expect(version(id)).toBe(7);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("stays in order within one millisecond, as v7() does", () => {
    vi.useFakeTimers({ now: new Date("2026-03-02T09:00:00Z"), toFake: ["Date"] });
    try {
      const next = timeOrderedIds(4);
      const ids = Array.from({ length: 50 }, next);
      // One millisecond: every id has the same first 48 bits (the time), the counter orders them.
      expect(new Set(ids.map((id) => id.slice(0, 13))).size).toBe(1);
      expect([...ids].sort()).toEqual(ids);
      expect(new Set(ids).size).toBe(ids.length);
    } finally {
      vi.useRealTimers();
    }
  });

  it("draws fresh random bytes for every id", () => {
    const next = timeOrderedIds(8);
    // The last 48 bits are random in each id: no two of 1,000 alike.
    const tails = Array.from({ length: 1_000 }, () => next().slice(-12));
    expect(new Set(tails).size).toBe(tails.length);
  });
});
