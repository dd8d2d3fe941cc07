import { describe, expect, it } from "vitest";
import type { Quarter } from "../../lib/quarters";
import { effectiveMeasurements, rollUp, type RollupMeasurement } from "../../lib/rollup";

const Q3: Quarter = { year: 2026, quarter: 3 };
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
let nextId = 1;

function m(fields: Partial<RollupMeasurement> & { value: number | null }): RollupMeasurement {
  const id = nextId++;
  return { measuredOn: null, numerator: null, denominator: null, sourceSystemId: 1, receivedAt: new Date(Date.UTC(2026, 8, 1, 0, 0, id)), id, ...fields };
}

describe("rollUp of a RATE", () => {
  it("divides the summed numerators by the summed denominators, never averaging the rates", () => {
    // 10/100 = 10%, 90/100 = 90%, 900/1000 = 90%: the mean of rates is 63.33%, the counts say 1000/1200.
    const months = [
      m({ measuredOn: day("2026-07-31"), value: 10, numerator: 10, denominator: 100 }),
      m({ measuredOn: day("2026-08-31"), value: 90, numerator: 90, denominator: 100 }),
      m({ measuredOn: day("2026-09-15"), value: 90, numerator: 900, denominator: 1000 }),
    ];
    const result = rollUp("RATE", Q3, months);
    expect(result.method).toBe("RATIO_OF_SUMS");
    expect(result.value).toBeCloseTo(83.3333, 4);
    expect(result.numerator).toBe(1000);
    expect(result.denominator).toBe(1200);
    expect(result.measurementCount).toBe(3);
  });

  it("falls back to the stated MEAN when any measurement lacks its counts", () => {
    const result = rollUp("RATE", Q3, [
      m({ measuredOn: day("2026-07-31"), value: 40, numerator: 4, denominator: 10 }),
      m({ measuredOn: day("2026-08-31"), value: 60 }),
    ]);
    expect(result).toMatchObject({ method: "MEAN", value: 50, numerator: null, denominator: null, measurementCount: 2 });
  });

  it("uses the mean when every denominator is zero", () => {
    const result = rollUp("RATE", Q3, [m({ measuredOn: day("2026-07-01"), value: 0, numerator: 0, denominator: 0 })]);
    expect(result).toMatchObject({ method: "MEAN", value: 0 });
  });
});

describe("rollUp of a FLOW", () => {
  it("sums the values, skipping nulls", () => {
    const result = rollUp("FLOW", Q3, [
      m({ measuredOn: day("2026-07-01"), value: 120 }),
      m({ measuredOn: day("2026-07-02"), value: null }),
      m({ measuredOn: day("2026-08-01"), value: 30.5 }),
    ]);
    expect(result).toMatchObject({ method: "SUM", value: 150.5, measurementCount: 3 });
  });

  it("has no value when nothing was measured", () => {
    expect(rollUp("FLOW", Q3, [])).toMatchObject({ method: "NONE", value: null, measurementCount: 0, sourceSystemId: null, lastMeasuredAt: null });
  });
});

describe("rollUp of CUMULATIVE and LEVEL", () => {
  it("takes the latest by date, not the latest received", () => {
    const late = m({ measuredOn: day("2026-09-10"), value: 300 });
    const early = m({ measuredOn: day("2026-07-10"), value: 100 });
    expect(rollUp("CUMULATIVE", Q3, [late, early])).toMatchObject({ method: "LATEST", value: 300, measurementCount: 2 });
  });

  it("counts a whole-quarter measurement as the quarter's last day", () => {
    const whole = m({ value: 250 });
    const dated = m({ measuredOn: day("2026-09-29"), value: 240 });
    expect(rollUp("LEVEL", Q3, [whole, dated]).value).toBe(250);
  });

  it("lets the latest received win on the same date from different sources", () => {
    const first = m({ measuredOn: day("2026-08-01"), value: 7, sourceSystemId: 1 });
    const second = m({ measuredOn: day("2026-08-01"), value: 9, sourceSystemId: 2 });
    expect(rollUp("LEVEL", Q3, [second, first])).toMatchObject({ value: 9, sourceSystemId: 2, measurementCount: 2 });
  });

  it("ignores measurements without a value", () => {
    const result = rollUp("CUMULATIVE", Q3, [m({ measuredOn: day("2026-07-01"), value: 5 }), m({ measuredOn: day("2026-08-01"), value: null })]);
    expect(result.value).toBe(5);
  });
});

describe("restatements and re-sent dates", () => {
  it("replaces an earlier whole-quarter measurement from the same source", () => {
    const first = m({ value: 100 });
    const restated = m({ value: 80 });
    const result = rollUp("FLOW", Q3, [restated, first]);
    expect(result).toMatchObject({ value: 80, measurementCount: 1 });
  });

  it("keeps whole-quarter measurements of different sources", () => {
    expect(effectiveMeasurements([m({ value: 1, sourceSystemId: 1 }), m({ value: 2, sourceSystemId: 2 })])).toHaveLength(2);
  });

  it("replaces a re-sent date from the same source and accumulates other dates", () => {
    const july = m({ measuredOn: day("2026-07-01"), value: 10 });
    const julyAgain = m({ measuredOn: day("2026-07-01"), value: 12 });
    const august = m({ measuredOn: day("2026-08-01"), value: 5 });
    const result = rollUp("FLOW", Q3, [july, august, julyAgain]);
    expect(result).toMatchObject({ value: 17, measurementCount: 2 });
    expect(result.lastMeasuredAt).toEqual(august.receivedAt);
  });

  it("breaks ties in receipt time by row order", () => {
    const at = new Date(Date.UTC(2026, 8, 2));
    const a = m({ value: 1, receivedAt: at });
    const b = m({ value: 2, receivedAt: at });
    expect(rollUp("LEVEL", Q3, [b, a]).value).toBe(2);
  });
});
