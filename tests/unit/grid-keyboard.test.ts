import { describe, expect, it } from "vitest";
import { nextRowIndex, readPastedColumn } from "../../components/entry/grid-keyboard";

describe("readPastedColumn", () => {
  it("takes the first column of each line copied from Excel", () => {
    expect(readPastedColumn("97,5\n82\n45\n")).toEqual(["97,5", "82", "45"]);
    expect(readPastedColumn("97,5\tghi chú\r\n82\tx\r\n")).toEqual(["97,5", "82"]);
    expect(readPastedColumn("1.234\n\n7")).toEqual(["1.234", "", "7"]);
  });

  it("leaves a single value to the browser's own paste", () => {
    expect(readPastedColumn("97,5")).toBeNull();
    expect(readPastedColumn("97,5\n")).toBeNull();
  });
});

describe("nextRowIndex", () => {
  it("moves down with Enter and ↓, up with Shift+Enter and ↑, within the grid", () => {
    expect(nextRowIndex("Enter", false, 0, 3)).toBe(1);
    expect(nextRowIndex("ArrowDown", false, 2, 3)).toBe(2);
    expect(nextRowIndex("Enter", true, 1, 3)).toBe(0);
    expect(nextRowIndex("ArrowUp", false, 0, 3)).toBe(0);
    expect(nextRowIndex("Tab", false, 0, 3)).toBeNull();
  });
});
