import { describe, expect, it } from "vitest";
import { timeOrderedId } from "./time-ordered-id.ts";

describe("timeOrderedId", () => {
  it("makes distinct version-7 UUIDs that sort in the order they were made", () => {
    // 10,000 ids in one millisecond overflow the 12-bit sequence: order must still hold.
    const ids = Array.from({ length: 10_000 }, () => timeOrderedId(1_795_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids.slice(0, 50))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
