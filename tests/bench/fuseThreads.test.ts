import { describe, expect, it } from "vitest";
import { dealOut } from "../../bench/baselines/fuseThreads.js";

describe("dealOut", () => {
  it("gives every item to exactly one share, in turn", () => {
    expect(dealOut([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
  });

  it("makes no more shares than there are items, and at least one", () => {
    expect(dealOut(["a"], 2)).toEqual([["a"]]);
    expect(dealOut([], 2)).toEqual([[]]);
  });
});
