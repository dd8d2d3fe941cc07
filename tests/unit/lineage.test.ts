import { describe, expect, it } from "vitest";
import { currentSuccessors, existsAt, lineageWeights, reexpress, traceLineage, type Contribution, type LineageLink } from "../../lib/lineage";

const link = (predecessorId: number, successorId: number, share: number, effectiveDate = "2025-07-01"): LineageLink => ({
  predecessorId, successorId, share, effectiveDate,
});
const part = (unitId: number, weight: number, value: number | null, extra: Partial<Contribution> = {}): Contribution => ({
  unitId, weight, value, numerator: null, denominator: null, population: null, ...extra,
});
const rate = (unitId: number, weight: number, numerator: number, denominator: number, population: number | null = null) =>
  part(unitId, weight, (100 * numerator) / denominator, { numerator, denominator, population });

describe("traceLineage", () => {
  it("gives each merged unit weight 1 and the target itself 1", () => {
    const weights = lineageWeights([link(1, 10, 1), link(2, 10, 1)], 10);
    expect(Object.fromEntries(weights)).toEqual({ 1: 1, 2: 1, 10: 1 });
  });

  it("gives a partially split unit its share in each successor", () => {
    const links = [link(1, 10, 0.6), link(1, 11, 0.4)];
    expect(lineageWeights(links, 10).get(1)).toBe(0.6);
    expect(lineageWeights(links, 11).get(1)).toBe(0.4);
    expect(lineageWeights(links, 11).has(10)).toBe(false);
  });

  it("multiplies shares along a chain: a merge, then a split", () => {
    // 2024: units 1 and 2 merge into 5; 2025: 5 splits 0.7 into 10 and 0.3 into 11.
    const links = [link(1, 5, 1, "2024-01-01"), link(2, 5, 1, "2024-01-01"), link(5, 10, 0.7), link(5, 11, 0.3)];
    const lineage = traceLineage(links, 11);
    expect(lineage.weights.get(5)).toBeCloseTo(0.3, 12);
    expect(lineage.weights.get(1)).toBeCloseTo(0.3, 12);
    expect(lineage.weights.get(2)).toBeCloseTo(0.3, 12);
    expect(lineage.changeDates).toEqual(["2024-01-01", "2025-07-01"]);
    expect(lineage.links).toHaveLength(3);
  });

  it("sums the weights of two paths that meet again", () => {
    // Unit 1 splits into 5 (0.6) and 6 (0.4), and both later merge into 10: all of unit 1 is in 10.
    const links = [link(1, 5, 0.6, "2024-01-01"), link(1, 6, 0.4, "2024-01-01"), link(5, 10, 1), link(6, 10, 1)];
    expect(lineageWeights(links, 10).get(1)).toBeCloseTo(1, 12);
  });

  it("ignores changes that do not feed the target", () => {
    const lineage = traceLineage([link(1, 10, 1), link(2, 20, 1, "2024-04-01")], 10);
    expect([...lineage.weights.keys()].sort()).toEqual([1, 10]);
    expect(lineage.changeDates).toEqual(["2025-07-01"]);
  });

  it("refuses a cycle", () => {
    expect(() => traceLineage([link(1, 2, 1), link(2, 1, 1), link(2, 10, 1)], 10)).toThrow(/cycle/);
  });
});

describe("reexpress by indicator kind", () => {
  it("sums FLOW, CUMULATIVE and COUNT LEVEL values by weight", () => {
    for (const kind of ["FLOW", "CUMULATIVE", "LEVEL"] as const) {
      const result = reexpress(kind, "COUNT", [part(1, 1, 120), part(2, 1, 80), part(3, 0.4, 50)]);
      expect(result.method).toBe("SUM");
      expect(result.value).toBeCloseTo(120 + 80 + 0.4 * 50, 10);
      expect(result.coverage).toBe(1);
    }
  });

  it("recomputes a RATE from weighted numerators and denominators", () => {
    // 30/60 whole and 0.5 of 100/200: (30 + 50) / (60 + 100) = 50%.
    const result = reexpress("RATE", "PERCENT", [rate(1, 1, 30, 60), rate(2, 0.5, 100, 200)]);
    expect(result.method).toBe("RATIO_OF_SUMS");
    expect(result.value).toBeCloseTo((100 * 80) / 160, 10);
  });

  it("recomputes a percentage LEVEL the same way, not by summing percentages", () => {
    const result = reexpress("LEVEL", "PERCENT", [rate(1, 1, 10, 100), rate(2, 1, 450, 900)]);
    expect(result.method).toBe("RATIO_OF_SUMS");
    expect(result.value).toBeCloseTo(46, 10);
  });

  it("falls back to a population-weighted mean with weight × population and says so", () => {
    // 0.6 of a commune of 10 000 at 40% and a whole commune of 2 000 at 70%: (0.6·10000·40 + 2000·70) / 8000.
    const result = reexpress("RATE", "PERCENT", [part(1, 0.6, 40, { population: 10_000 }), rate(2, 1, 7, 10, 2_000)]);
    expect(result.method).toBe("POPULATION_WEIGHTED");
    expect(result.value).toBeCloseTo((6_000 * 40 + 2_000 * 70) / 8_000, 10);
  });

  it("says EQUAL_WEIGHTED when a population is missing too", () => {
    const result = reexpress("RATE", "PERCENT", [part(1, 1, 40), part(2, 1, 60, { population: 5_000 })]);
    expect(result.method).toBe("EQUAL_WEIGHTED");
    expect(result.value).toBe(50);
  });

  it("keeps an unchanged unit's own value as reported", () => {
    expect(reexpress("RATE", "PERCENT", [rate(10, 1, 1, 3)])).toEqual({ value: 100 / 3, method: "AS_REPORTED", coverage: 1 });
  });
});

describe("reexpress coverage", () => {
  it("is the share of the expected weight that reported", () => {
    // Expected 1 + 1 + 0.5 = 2.5; unit 2 (weight 1) is missing, so 1.5 / 2.5 reported.
    const result = reexpress("CUMULATIVE", "COUNT", [part(1, 1, 10), part(2, 1, null), part(3, 0.5, 20)]);
    expect(result.coverage).toBeCloseTo(0.6, 12);
    expect(result.value).toBe(20);
  });

  it("leaves a missing predecessor out of a rate instead of counting it as zero", () => {
    const result = reexpress("RATE", "PERCENT", [rate(1, 1, 30, 60), part(2, 1, null, { numerator: 999, denominator: 1_000 })]);
    expect(result.value).toBeCloseTo(50, 10);
    expect(result.coverage).toBe(0.5);
  });

  it("has no value and no coverage when nobody reported", () => {
    expect(reexpress("FLOW", "COUNT", [part(1, 1, null), part(2, 0.4, null)])).toEqual({ value: null, method: "NONE", coverage: 0 });
    expect(reexpress("FLOW", "COUNT", [])).toEqual({ value: null, method: "NONE", coverage: 0 });
  });
});

describe("existsAt", () => {
  it("counts a unit in the quarters from its start to before its end", () => {
    const district = { validFrom: "2020-01-01", validTo: "2025-07-01" };
    expect(existsAt(district, "2025-04-01")).toBe(true);
    expect(existsAt(district, "2025-07-01")).toBe(false);
    expect(existsAt({ validFrom: "2025-07-01", validTo: null }, "2025-07-01")).toBe(true);
    expect(existsAt({ validFrom: "2025-07-01", validTo: null }, "2025-04-01")).toBe(false);
  });
});

describe("currentSuccessors", () => {
  it("follows changes forward to the units that exist today", () => {
    const links = [link(1, 5, 1, "2024-01-01"), link(5, 10, 0.7), link(5, 11, 0.3), link(2, 12, 1)];
    const current = new Set([10, 11, 12, 3]);
    expect(currentSuccessors(links, 1, (id) => current.has(id)).sort()).toEqual([10, 11]);
    expect(currentSuccessors(links, 3, (id) => current.has(id))).toEqual([3]);
    expect(currentSuccessors(links, 4, (id) => current.has(id))).toEqual([]);
  });
});
