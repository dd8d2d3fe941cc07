import { describe, expect, it } from "vitest";
import { deadlineQuarter, forecastAtDeadline, leastSquaresSlope, paceStillNeeded, type ForecastInput } from "@/lib/forecast";
import type { Quarter } from "@/lib/quarters";

const q = (quarter: Quarter["quarter"], year = 2024): Quarter => ({ year, quarter });
const series = (...values: (number | null)[]) => values.map((value, i) => ({ period: q((i + 1) as Quarter["quarter"]), value }));

function input(overrides: Partial<ForecastInput>): ForecastInput {
  return {
    kind: "RATE",
    spec: { value: 80, comparator: "GTE", direction: "HIGHER_IS_BETTER", baseline: null },
    year: 2024,
    deadline: null,
    series: [],
    asOf: q(2),
    ...overrides,
  };
}

describe("leastSquaresSlope", () => {
  it("fits a straight line through the points", () => {
    expect(leastSquaresSlope([{ x: 0, value: 1 }, { x: 1, value: 3 }, { x: 2, value: 5 }])).toBe(2);
    expect(leastSquaresSlope([{ x: 0, value: 10 }, { x: 1, value: 14 }, { x: 2, value: 12 }])).toBe(1);
  });
  it("has no slope with fewer than two positions", () => {
    expect(leastSquaresSlope([{ x: 1, value: 3 }])).toBeNull();
    expect(leastSquaresSlope([{ x: 1, value: 3 }, { x: 1, value: 5 }])).toBeNull();
  });
});

describe("forecastAtDeadline", () => {
  it("calls a target already met on track, whatever the pace", () => {
    const f = forecastAtDeadline(input({ spec: { value: 95, comparator: "GTE", direction: "HIGHER_IS_BETTER" }, series: series(97, 96.5), asOf: q(2) }));
    expect(f.status).toBe("ON_TRACK");
    expect(f.latest).toBe(96.5);
    expect(f.observedPace).toBeCloseTo(-0.5);
    expect(f.requiredPace).toBeCloseTo(-0.75);
    expect(f.remainingQuarters).toBe(2);
  });

  it("is off track when no quarter is left and the target is not met (impossible)", () => {
    const f = forecastAtDeadline(input({ series: series(50, 60, 70, 75), asOf: q(4) }));
    expect(f.status).toBe("OFF_TRACK");
    expect(f.remainingQuarters).toBe(0);
    expect(f.requiredPace).toBeNull();
    expect(f.projection).toEqual([]);
  });

  it("classifies the observed ÷ required ratio: ≥ 0.95 on track, 0.5–0.95 acceleration, below off track", () => {
    // Slope 10 per quarter; 70 → 80 in 2 quarters needs 5: ratio 2.
    expect(forecastAtDeadline(input({ series: series(60, 70) })).status).toBe("ON_TRACK");
    // Slope 10; 50 → 80 in 2 quarters needs 15: ratio 0.667.
    const mid = forecastAtDeadline(input({ series: series(40, 50) }));
    expect(mid.status).toBe("NEEDS_ACCELERATION");
    expect(mid.ratio).toBeCloseTo(10 / 15);
    // Slope 2; 50 → 80 needs 15: ratio 0.133.
    expect(forecastAtDeadline(input({ series: series(48, 50) })).status).toBe("OFF_TRACK");
    // Moving the wrong way gives a negative ratio.
    const wrong = forecastAtDeadline(input({ series: series(55, 50) }));
    expect(wrong.ratio).toBeLessThan(0);
    expect(wrong.status).toBe("OFF_TRACK");
  });

  it("draws the projection from the latest point to the deadline at the observed pace", () => {
    const f = forecastAtDeadline(input({ series: series(40, 50) }));
    expect(f.projection).toEqual([
      { period: q(2), value: 50 },
      { period: q(3), value: 60 },
      { period: q(4), value: 70 },
    ]);
    expect(f.deadline).toEqual(q(4));
  });

  it("flips signs for lower-is-better: falling fast enough is on track, rising is off track", () => {
    const spec = { value: 8, comparator: "LTE" as const, direction: "LOWER_IS_BETTER" as const, baseline: 12 };
    const good = forecastAtDeadline(input({ spec, series: series(9, 8.6) }));
    expect(good.requiredPace).toBeCloseTo(-0.3);
    expect(good.observedPace).toBeCloseTo(-0.4);
    expect(good.ratio).toBeCloseTo(4 / 3);
    expect(good.status).toBe("ON_TRACK");
    expect(forecastAtDeadline(input({ spec, series: series(9.8, 9.7) })).status).toBe("OFF_TRACK");
    expect(forecastAtDeadline(input({ spec, series: series(9, 9.4) })).status).toBe("OFF_TRACK");
    expect(forecastAtDeadline(input({ spec, series: series(9, 7.5) })).status).toBe("ON_TRACK");
  });

  it("uses actual quarter positions when a quarter is missing", () => {
    const f = forecastAtDeadline(input({ series: series(40, null, 60), asOf: q(3) }));
    expect(f.observedPace).toBeCloseTo(10); // 40 → 60 over two quarters, not one
    expect(f.requiredPace).toBeCloseTo(20);
    expect(f.status).toBe("NEEDS_ACCELERATION");
    expect(f.projection.map((p) => p.period)).toEqual([q(3), q(4)]);
  });

  it("counts remaining quarters from the latest reported quarter when the recent ones are missing", () => {
    const f = forecastAtDeadline(input({ series: series(40, 50, null), asOf: q(3) }));
    expect(f.remainingQuarters).toBe(2);
    expect(f.requiredPace).toBeCloseTo(15);
  });

  it("measures a single quarter from the baseline, else from the given start, else not at all", () => {
    const fromBaseline = forecastAtDeadline(input({ spec: { value: 8, comparator: "LTE", direction: "LOWER_IS_BETTER", baseline: 12 }, series: series(9), asOf: q(1) }));
    expect(fromBaseline.observedPace).toBeCloseTo(-3);
    expect(fromBaseline.status).toBe("ON_TRACK");
    const fromStart = forecastAtDeadline(input({ series: series(62), asOf: q(1), start: { period: q(4, 2023), value: 60 } }));
    expect(fromStart.observedPace).toBeCloseTo(2);
    expect(fromStart.status).toBe("OFF_TRACK"); // needs 6 a quarter
    const alone = forecastAtDeadline(input({ series: series(62), asOf: q(1) }));
    expect(alone.status).toBe("INSUFFICIENT_DATA");
    expect(alone.requiredPace).toBeCloseTo(6);
    expect(alone.projection).toEqual([]);
  });

  it("starts a CUMULATIVE running total from zero at the start of the year", () => {
    const f = forecastAtDeadline(input({ kind: "CUMULATIVE", spec: { value: 100, comparator: "GTE", direction: "HIGHER_IS_BETTER" }, series: series(30), asOf: q(1), start: { period: q(4, 2023), value: 90 } }));
    expect(f.observedPace).toBeCloseTo(30);
    expect(f.requiredPace).toBeCloseTo(70 / 3);
    expect(f.status).toBe("ON_TRACK");
  });

  it("is on track when no further gain is required even though the comparator does not hold", () => {
    const f = forecastAtDeadline(input({ spec: { value: 80, comparator: "GT", direction: "HIGHER_IS_BETTER" }, series: series(80), asOf: q(1) }));
    expect(f.requiredPace).toBe(0);
    expect(f.status).toBe("ON_TRACK");
  });

  it("reports NO_DATA without a reported value, counting quarters from the period reviewed", () => {
    const f = forecastAtDeadline(input({ series: series(null, null), asOf: q(2) }));
    expect(f).toMatchObject({ status: "NO_DATA", latest: null, observedPace: null, requiredPace: null, remainingQuarters: 2 });
  });

  it("ignores values after the period reviewed and from other years", () => {
    const values = [...series(40, 50, 90), { period: q(4, 2023), value: 10 }];
    const f = forecastAtDeadline(input({ series: values, asOf: q(2) }));
    expect(f.latest).toBe(50);
    expect(f.observedPace).toBeCloseTo(10);
  });

  it("honours an earlier deadline set on the target", () => {
    expect(deadlineQuarter(2024, new Date(Date.UTC(2024, 5, 30)))).toEqual(q(2));
    expect(deadlineQuarter(2024, null)).toEqual(q(4));
    const f = forecastAtDeadline(input({ series: series(60), deadline: new Date(Date.UTC(2024, 5, 30)), asOf: q(1) }));
    expect(f.remainingQuarters).toBe(1);
    expect(f.requiredPace).toBeCloseTo(20);
  });

  describe("FLOW indicators forecast the year total", () => {
    const flow = (values: (number | null)[], asOf: Quarter, value = 200) =>
      forecastAtDeadline(input({ kind: "FLOW", spec: { value, comparator: "GTE", direction: "HIGHER_IS_BETTER" }, series: series(...values), asOf }));

    it("projects year-to-date plus the average quarterly flow", () => {
      const f = flow([40, 55], q(2));
      expect(f.latest).toBe(95);
      expect(f.observedPace).toBeCloseTo(47.5);
      expect(f.requiredPace).toBeCloseTo(52.5);
      expect(f.status).toBe("NEEDS_ACCELERATION");
      expect(f.projection.at(-1)).toEqual({ period: q(4), value: 190 });
    });

    it("averages over the reported quarters when one is missing", () => {
      const f = flow([40, null, 60], q(3));
      expect(f.latest).toBe(100);
      expect(f.observedPace).toBeCloseTo(50);
      expect(f.requiredPace).toBeCloseTo(100);
      expect(f.status).toBe("NEEDS_ACCELERATION");
    });

    it("is on track once the total is reached, off track when the year is over short of it", () => {
      expect(flow([120, 90], q(2)).status).toBe("ON_TRACK");
      expect(flow([40, 40, 40, 40], q(4)).status).toBe("OFF_TRACK");
    });

    it("treats a lower-is-better total as a cap the year must stay under", () => {
      const cap = (values: number[]) =>
        forecastAtDeadline(input({ kind: "FLOW", spec: { value: 100, comparator: "LTE", direction: "LOWER_IS_BETTER" }, series: series(...values), asOf: q(2) }));
      expect(cap([20, 20]).status).toBe("ON_TRACK"); // 40 + 2 × 20 = 80
      expect(cap([30, 30]).status).toBe("NEEDS_ACCELERATION"); // allowance 20 a quarter ÷ 30 observed
      expect(cap([60, 50]).status).toBe("OFF_TRACK"); // already over
    });
  });
});

describe("paceStillNeeded", () => {
  const forecast = (values: (number | null)[], direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" = "HIGHER_IS_BETTER", value = 80) =>
    forecastAtDeadline(input({ spec: { value, comparator: direction === "HIGHER_IS_BETTER" ? "GTE" : "LTE", direction }, series: series(...values) }));

  it("is the further gain per quarter while the target is not on track", () => {
    expect(paceStillNeeded(forecast([40, 50]), "HIGHER_IS_BETTER")).toBeCloseTo(15);
  });
  it("is a positive cut for lower-is-better", () => {
    expect(paceStillNeeded(forecast([12, 11.8], "LOWER_IS_BETTER", 8), "LOWER_IS_BETTER")).toBeCloseTo(1.9);
  });
  it("is null when on track, without data, or past the deadline", () => {
    expect(paceStillNeeded(forecast([85, 90]), "HIGHER_IS_BETTER")).toBeNull();
    expect(paceStillNeeded(forecast([null, null]), "HIGHER_IS_BETTER")).toBeNull();
    const over = forecastAtDeadline(input({ series: series(50, 55, 60, 65), asOf: q(4) }));
    expect(paceStillNeeded(over, "HIGHER_IS_BETTER")).toBeNull();
  });
});
