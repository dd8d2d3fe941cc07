import { describe, it, expect } from "vitest";
import {
  BANDS,
  averageCappedProgress,
  capProgress,
  computeBand,
  computeProgress,
  countBands,
  isTargetMet,
} from "../../lib/progress";
import type { Comparator, TargetSpec } from "../../lib/progress";

function higher(value: number, comparator: Comparator = "GTE"): TargetSpec {
  return { value, comparator, direction: "HIGHER_IS_BETTER" };
}

function lower(value: number, baseline: number | null = null, comparator: Comparator = "LTE"): TargetSpec {
  return { value, comparator, direction: "LOWER_IS_BETTER", baseline };
}

describe("source-article examples", () => {
  it("97 against 95 is met", () => {
    expect(computeProgress(97, higher(95))).toBeCloseTo(1.0211, 4);
    expect(isTargetMet(97, higher(95))).toBe(true);
    expect(computeBand(97, higher(95))).toBe("MET");
  });

  it("a 30% reduction against a 10% target is met with progress 3", () => {
    expect(computeProgress(30, higher(10))).toBe(3);
    expect(isTargetMet(30, higher(10))).toBe(true);
    expect(computeBand(30, higher(10))).toBe("MET");
  });

  it("82 against 80 is met", () => {
    expect(computeProgress(82, higher(80))).toBe(1.025);
    expect(computeBand(82, higher(80))).toBe("MET");
  });

  it("95 against 95 is met with GTE", () => {
    expect(computeProgress(95, higher(95))).toBe(1);
    expect(isTargetMet(95, higher(95, "GTE"))).toBe(true);
    expect(computeBand(95, higher(95, "GTE"))).toBe("MET");
  });

  it("45 against 40 is met", () => {
    expect(computeProgress(45, higher(40))).toBe(1.125);
    expect(computeBand(45, higher(40))).toBe("MET");
  });
});

describe("computeProgress, higher is better", () => {
  it("is actual / target and stays uncapped above 1", () => {
    expect(computeProgress(60, higher(80))).toBe(0.75);
    expect(computeProgress(200, higher(50))).toBe(4);
  });

  it("is 0 for a zero actual", () => {
    expect(computeProgress(0, higher(80))).toBe(0);
  });

  it("is 1 for a zero target with a non-negative actual", () => {
    expect(computeProgress(0, higher(0))).toBe(1);
    expect(computeProgress(7, higher(0))).toBe(1);
  });

  it("is 0 for a zero target with a negative actual", () => {
    expect(computeProgress(-3, higher(0))).toBe(0);
  });

  it("never returns negative zero", () => {
    expect(Object.is(computeProgress(0, higher(-5)), 0)).toBe(true);
  });
});

describe("computeProgress, lower is better", () => {
  it("uses (baseline - actual) / (baseline - target) when a baseline exists", () => {
    expect(computeProgress(12, lower(10, 20))).toBe(0.8);
    expect(computeProgress(20, lower(10, 20))).toBe(0);
    expect(computeProgress(5, lower(10, 20))).toBe(1.5);
  });

  it("goes negative when the actual is worse than the baseline", () => {
    expect(computeProgress(25, lower(10, 20))).toBe(-0.5);
  });

  it("falls back to target / actual without a baseline", () => {
    expect(computeProgress(5, lower(4))).toBe(0.8);
    expect(computeProgress(5, { value: 4, comparator: "LTE", direction: "LOWER_IS_BETTER" })).toBe(0.8);
    expect(computeProgress(2, lower(4))).toBe(2);
  });

  it("falls back to target / actual when the baseline equals the target", () => {
    expect(computeProgress(8, lower(4, 4))).toBe(0.5);
  });

  it("is 1 without a baseline when the actual is zero or below", () => {
    expect(computeProgress(0, lower(4))).toBe(1);
    expect(computeProgress(-1, lower(4))).toBe(1);
    expect(computeProgress(0, lower(0))).toBe(1);
  });

  it("is 0 for a zero target and a positive actual without a baseline", () => {
    expect(computeProgress(3, lower(0))).toBe(0);
  });
});

describe("computeProgress with missing data", () => {
  it.each([null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    "returns null for actual %s",
    (actual) => {
      expect(computeProgress(actual, higher(80))).toBeNull();
      expect(computeProgress(actual, lower(4, 10))).toBeNull();
    },
  );

  it("returns null for a non-finite target", () => {
    expect(computeProgress(5, higher(Number.NaN))).toBeNull();
  });
});

describe("isTargetMet", () => {
  it.each([
    ["GTE", 80, 80, true],
    ["GTE", 80.1, 80, true],
    ["GTE", 79.9, 80, false],
    ["GT", 80, 80, false],
    ["GT", 80.1, 80, true],
    ["LTE", 4, 4, true],
    ["LTE", 3, 4, true],
    ["LTE", 5, 4, false],
    ["LT", 4, 4, false],
    ["LT", 3.9, 4, true],
  ] as const)("%s: actual %d vs target %d → %s", (comparator, actual, value, expected) => {
    const direction = comparator.startsWith("G") ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER";
    expect(isTargetMet(actual, { value, comparator, direction })).toBe(expected);
  });

  it("is never met without data", () => {
    expect(isTargetMet(null, higher(0))).toBe(false);
    expect(isTargetMet(undefined, lower(4))).toBe(false);
    expect(isTargetMet(Number.NaN, higher(80))).toBe(false);
  });
});

describe("computeBand", () => {
  it("puts progress exactly 0.7 in ABOVE_70", () => {
    expect(computeBand(70, higher(100))).toBe("ABOVE_70");
  });

  it("puts progress 0.6999 in FROM_50_TO_70", () => {
    expect(computeBand(69.99, higher(100))).toBe("FROM_50_TO_70");
  });

  it("puts progress exactly 0.5 in FROM_50_TO_70", () => {
    expect(computeBand(50, higher(100))).toBe("FROM_50_TO_70");
  });

  it("puts progress 0.4999 in BELOW_50", () => {
    expect(computeBand(49.99, higher(100))).toBe("BELOW_50");
  });

  it("puts a zero actual in BELOW_50", () => {
    expect(computeBand(0, higher(100))).toBe("BELOW_50");
  });

  it("uses unrounded progress: 0.6996 displays as 70,0% but is FROM_50_TO_70", () => {
    expect(computeBand(69.96, higher(100))).toBe("FROM_50_TO_70");
  });

  it("puts a value equal to the target with GT in ABOVE_70", () => {
    expect(computeBand(95, higher(95, "GT"))).toBe("ABOVE_70");
  });

  it("puts a value equal to the target with LT in ABOVE_70", () => {
    expect(computeBand(4, lower(4, null, "LT"))).toBe("ABOVE_70");
  });

  it("bands lower-is-better indicators by the baseline formula", () => {
    expect(computeBand(10, lower(10, 20))).toBe("MET");
    expect(computeBand(13, lower(10, 20))).toBe("ABOVE_70");
    expect(computeBand(15, lower(10, 20))).toBe("FROM_50_TO_70");
    expect(computeBand(16, lower(10, 20))).toBe("BELOW_50");
  });

  it("is MET for a zero target reached", () => {
    expect(computeBand(0, higher(0))).toBe("MET");
    expect(computeBand(0, lower(0))).toBe("MET");
  });

  it("is NO_DATA without an actual", () => {
    expect(computeBand(null, higher(80))).toBe("NO_DATA");
    expect(computeBand(undefined, higher(80))).toBe("NO_DATA");
    expect(computeBand(Number.NaN, lower(4))).toBe("NO_DATA");
  });
});

describe("countBands", () => {
  it("lists the bands in display order", () => {
    expect(BANDS).toEqual(["MET", "ABOVE_70", "FROM_50_TO_70", "BELOW_50", "NO_DATA"]);
  });

  it("counts every band, with zeros for absent ones", () => {
    expect(countBands(["MET", "MET", "BELOW_50", "NO_DATA"])).toEqual({
      MET: 2,
      ABOVE_70: 0,
      FROM_50_TO_70: 0,
      BELOW_50: 1,
      NO_DATA: 1,
    });
  });

  it("returns all zeros for no input, including from a generator", () => {
    function* none(): Generator<"MET"> {}
    expect(countBands(none())).toEqual({ MET: 0, ABOVE_70: 0, FROM_50_TO_70: 0, BELOW_50: 0, NO_DATA: 0 });
  });
});

describe("capProgress and averageCappedProgress", () => {
  it("caps at 1 and leaves lower values alone", () => {
    expect(capProgress(3)).toBe(1);
    expect(capProgress(1)).toBe(1);
    expect(capProgress(0.42)).toBe(0.42);
    expect(capProgress(-0.5)).toBe(-0.5);
  });

  it("averages capped values so over-achievement does not hide a lagging indicator", () => {
    expect(averageCappedProgress([3, 0.5])).toBe(0.75);
  });

  it("skips nulls", () => {
    expect(averageCappedProgress([null, 0.6, null, 0.8])).toBeCloseTo(0.7, 10);
  });

  it("is null when nothing is available", () => {
    expect(averageCappedProgress([])).toBeNull();
    expect(averageCappedProgress([null, null])).toBeNull();
  });
});
