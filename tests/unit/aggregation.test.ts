import { describe, expect, it } from "vitest";
import { aggregateValues, aggregateYearToDate, aggregationRule } from "../../lib/aggregation";
import type { AggregationChild, QuarterChildren } from "../../lib/aggregation";
import type { Quarter } from "../../lib/quarters";

const rate = (numerator: number, denominator: number, weight: number | null = null): AggregationChild => ({
  value: (100 * numerator) / denominator,
  numerator,
  denominator,
  weight,
});
const q = (year: number, quarter: Quarter["quarter"]): Quarter => ({ year, quarter });

describe("aggregationRule", () => {
  it("maps unit and kind to the stated rule", () => {
    expect(aggregationRule("RATE", "PERCENT")).toBe("RATIO_OF_SUMS");
    expect(aggregationRule("LEVEL", "PERCENT")).toBe("RATIO_OF_SUMS");
    expect(aggregationRule("FLOW", "COUNT")).toBe("SUM");
    expect(aggregationRule("LEVEL", "COUNT")).toBe("SUM");
    expect(aggregationRule("CUMULATIVE", "VND_BILLION")).toBe("SUM");
    expect(aggregationRule("RATE", "DAYS")).toBe("WEIGHTED_MEAN");
    expect(aggregationRule("LEVEL", "HOURS")).toBe("WEIGHTED_MEAN");
  });
});

describe("aggregateValues for percentage rates", () => {
  it("divides summed numerators by summed denominators, not the mean of the rates", () => {
    // 10/100 = 10% and 450/900 = 50%: a plain mean would say 30%; the counts say 460/1000 = 46%.
    const result = aggregateValues("RATE", "PERCENT", [rate(10, 100), rate(450, 900)]);
    expect(result.method).toBe("RATIO_OF_SUMS");
    expect(result.value).toBeCloseTo((100 * 460) / 1000, 10);
    expect(result.coverage).toEqual({ reported: 2, total: 2 });
    expect(result.weighting).toBeNull();
  });

  it("falls back to the population-weighted mean when a reporting child lacks its counts", () => {
    const result = aggregateValues("RATE", "PERCENT", [rate(10, 100, 1000), { value: 50, weight: 3000 }]);
    expect(result.method).toBe("WEIGHTED_MEAN");
    expect(result.weighting).toBe("POPULATION");
    expect(result.value).toBeCloseTo((10 * 1000 + 50 * 3000) / 4000, 10);
  });

  it("uses equal weights only with the weighting flagged when a weight is missing", () => {
    const result = aggregateValues("RATE", "PERCENT", [{ value: 20, weight: 5000 }, { value: 60, weight: null }]);
    expect(result.method).toBe("WEIGHTED_MEAN");
    expect(result.weighting).toBe("EQUAL");
    expect(result.value).toBe(40);
  });

  it("treats a zero population as a missing weight", () => {
    expect(aggregateValues("RATE", "PERCENT", [{ value: 20, weight: 0 }, { value: 60, weight: 100 }]).weighting).toBe("EQUAL");
  });

  it("leaves non-reporting children out and reports coverage", () => {
    const result = aggregateValues("RATE", "PERCENT", [rate(30, 60), { value: null, weight: 800 }, rate(10, 40), { value: null }]);
    expect(result.value).toBeCloseTo(40, 10);
    expect(result.coverage).toEqual({ reported: 2, total: 4 });
  });

  it("does not let a missing child's numerator count", () => {
    const result = aggregateValues("RATE", "PERCENT", [rate(30, 60), { value: null, numerator: 500, denominator: 500 }]);
    expect(result.value).toBeCloseTo(50, 10);
  });

  it("uses the reported rates when every denominator is zero", () => {
    const result = aggregateValues("RATE", "PERCENT", [{ value: 0, numerator: 0, denominator: 0, weight: 1 }, { value: 0, numerator: 0, denominator: 0, weight: 3 }]);
    expect(result.method).toBe("WEIGHTED_MEAN");
    expect(result.value).toBe(0);
  });
});

describe("aggregateValues for counts, money and durations", () => {
  it("sums counts of every kind but RATE", () => {
    for (const kind of ["FLOW", "LEVEL", "CUMULATIVE"] as const) {
      const result = aggregateValues(kind, "COUNT", [{ value: 4 }, { value: 7 }, { value: null }]);
      expect(result).toEqual({ value: 11, method: "SUM", coverage: { reported: 2, total: 3 }, weighting: null });
    }
  });

  it("sums money", () => {
    expect(aggregateValues("FLOW", "VND_BILLION", [{ value: 1.5 }, { value: 2.25 }]).value).toBeCloseTo(3.75, 10);
  });

  it("averages durations by population", () => {
    const result = aggregateValues("LEVEL", "DAYS", [{ value: 2, weight: 1000 }, { value: 8, weight: 3000 }]);
    expect(result.method).toBe("WEIGHTED_MEAN");
    expect(result.value).toBe(6.5);
  });

  it("reports NONE when no child reported", () => {
    expect(aggregateValues("RATE", "PERCENT", [{ value: null }, { value: null }])).toEqual({
      value: null,
      method: "NONE",
      coverage: { reported: 0, total: 2 },
      weighting: null,
    });
    expect(aggregateValues("FLOW", "COUNT", []).coverage).toEqual({ reported: 0, total: 0 });
  });
});

describe("aggregateYearToDate", () => {
  const quarters = (values: [Quarter, AggregationChild[]][]): QuarterChildren[] => values.map(([period, children]) => ({ period, children }));

  it("aggregates each quarter, then takes the latest quarter for a rate", () => {
    const data = quarters([
      [q(2025, 1), [rate(10, 100), rate(20, 100)]],
      [q(2025, 2), [rate(30, 100), { value: null }]],
    ]);
    const result = aggregateYearToDate("RATE", "PERCENT", data, q(2025, 2));
    expect(result.value).toBeCloseTo(30, 10);
    expect(result.asOf).toEqual(q(2025, 2));
    expect(result.coverage).toEqual({ reported: 1, total: 2 });
  });

  it("falls back to the last quarter with an aggregate", () => {
    const data = quarters([
      [q(2025, 1), [rate(10, 100), rate(20, 100)]],
      [q(2025, 2), [{ value: null }, { value: null }]],
    ]);
    const result = aggregateYearToDate("RATE", "PERCENT", data, q(2025, 2));
    expect(result.value).toBeCloseTo(15, 10);
    expect(result.asOf).toEqual(q(2025, 1));
  });

  it("sums flows over the year's quarters and ignores other years and later quarters", () => {
    const data = quarters([
      [q(2024, 4), [{ value: 1000 }, { value: 1000 }]],
      [q(2025, 1), [{ value: 5 }, { value: 6 }]],
      [q(2025, 2), [{ value: 7 }, { value: null }]],
      [q(2025, 3), [{ value: 900 }, { value: 900 }]],
    ]);
    const result = aggregateYearToDate("FLOW", "COUNT", data, q(2025, 2));
    expect(result.value).toBe(18);
    expect(result.method).toBe("SUM");
    expect(result.coverage).toEqual({ reported: 1, total: 2 });
  });

  it("takes the latest quarter's sum for a cumulative count", () => {
    const data = quarters([
      [q(2025, 1), [{ value: 50 }, { value: 40 }]],
      [q(2025, 2), [{ value: 120 }, { value: 90 }]],
    ]);
    expect(aggregateYearToDate("CUMULATIVE", "COUNT", data, q(2025, 2)).value).toBe(210);
  });

  it("is empty when nothing was reported in the year", () => {
    const result = aggregateYearToDate("LEVEL", "COUNT", quarters([[q(2025, 1), [{ value: null }]]]), q(2025, 1));
    expect(result).toEqual({ value: null, method: "NONE", coverage: { reported: 0, total: 1 }, weighting: null, asOf: null });
  });
});
