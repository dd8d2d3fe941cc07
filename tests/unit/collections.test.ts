import { describe, expect, it } from "vitest";
import { chunks, groupBy } from "../../lib/collections";

describe("collections", () => {
  it("groups by key, keeping each group in the items' order", () => {
    const groups = groupBy([{ k: 2, v: "a" }, { k: 1, v: "b" }, { k: 2, v: "c" }, { k: null, v: "d" }], (x) => x.k);
    expect([...groups.keys()]).toEqual([2, 1, null]);
    expect(groups.get(2)?.map((x) => x.v)).toEqual(["a", "c"]);
  });

  it("slices into chunks of at most the size", () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 3)).toEqual([]);
  });
});
