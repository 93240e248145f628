import { describe, expect, it } from "vitest";
import { lazyTable } from "../../src/search/lazyTable.js";

function counted(bound: number) {
  const computed: string[] = [];
  const table = lazyTable((key) => {
    computed.push(key);
    return key.toUpperCase();
  }, bound);
  return { table, computed };
}

describe("lazyTable", () => {
  it("computes a key once and serves it again from the table", () => {
    const { table, computed } = counted(3);
    expect(table.get("a")).toBe("A");
    expect(table.get("a")).toBe("A");
    expect(computed).toEqual(["a"]);
  });

  it("drops only the least recently used key when full, keeping the ones in use", () => {
    const { table, computed } = counted(3);
    for (const key of ["a", "b", "c"]) table.get(key);
    table.get("a"); // a is now the most recent; b the least
    table.get("d"); // full: b goes
    computed.length = 0;
    for (const key of ["a", "c", "d"]) table.get(key);
    expect(computed).toEqual([]);
    table.get("b");
    expect(computed).toEqual(["b"]);
  });
});
