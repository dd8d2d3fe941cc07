import { describe, it, expect } from "vitest";
import { yearToDate } from "../../lib/year-to-date";
import type { QuarterValue } from "../../lib/year-to-date";
import type { Quarter } from "../../lib/quarters";

const q = (year: number, quarter: Quarter["quarter"]): Quarter => ({ year, quarter });
const v = (year: number, quarter: Quarter["quarter"], value: number | null): QuarterValue => ({
  period: q(year, quarter),
  value,
});

const series: QuarterValue[] = [
  v(2023, 3, 500),
  v(2023, 4, 900),
  v(2024, 1, 100),
  v(2024, 2, 150),
  v(2024, 3, null),
  v(2024, 4, 300),
  v(2025, 1, 7000),
];

describe("yearToDate for FLOW", () => {
  it("sums the year's quarters up to and including upTo", () => {
    expect(yearToDate("FLOW", series, q(2024, 2))).toBe(250);
  });

  it("skips unreported quarters", () => {
    expect(yearToDate("FLOW", series, q(2024, 3))).toBe(250);
  });

  it("ignores other years on both sides", () => {
    expect(yearToDate("FLOW", series, q(2024, 4))).toBe(550);
    expect(yearToDate("FLOW", series, q(2023, 4))).toBe(1400);
  });

  it("ignores quarters after upTo", () => {
    expect(yearToDate("FLOW", series, q(2024, 1))).toBe(100);
  });

  it("is null when nothing was reported in the year", () => {
    expect(yearToDate("FLOW", [v(2024, 1, null), v(2023, 4, 10)], q(2024, 2))).toBeNull();
    expect(yearToDate("FLOW", [], q(2024, 2))).toBeNull();
  });

  it("counts a reported zero as reported", () => {
    expect(yearToDate("FLOW", [v(2024, 1, 0)], q(2024, 1))).toBe(0);
  });
});

describe.each(["RATE", "LEVEL", "CUMULATIVE"] as const)("yearToDate for %s", (kind) => {
  it("takes the latest reported value up to upTo", () => {
    expect(yearToDate(kind, series, q(2024, 2))).toBe(150);
    expect(yearToDate(kind, series, q(2024, 4))).toBe(300);
  });

  it("falls back to the latest reported quarter when upTo is missing", () => {
    expect(yearToDate(kind, series, q(2024, 3))).toBe(150);
  });

  it("does not reach into the previous year", () => {
    expect(yearToDate(kind, [v(2023, 4, 88), v(2024, 1, null)], q(2024, 1))).toBeNull();
  });

  it("does not depend on input order", () => {
    const shuffled = [v(2024, 3, 60), v(2024, 1, 40), v(2024, 2, 50)];
    expect(yearToDate(kind, shuffled, q(2024, 3))).toBe(60);
    expect(yearToDate(kind, shuffled, q(2024, 2))).toBe(50);
  });
});
