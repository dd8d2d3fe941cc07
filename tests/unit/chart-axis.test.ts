import { describe, expect, it } from "vitest";
import { roundTicks } from "../../components/charts/chart-axis";

describe("round chart ticks", () => {
  it("spans every value with a step of 1, 2, 2.5 or 5 × 10^k, never below zero for positive data", () => {
    expect(roundTicks([38.9, 58.5, 65])).toEqual([30, 40, 50, 60, 70]);
    expect(roundTicks([0.2, 0.9])).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(roundTicks([-3, 4])).toEqual([-4, -2, 0, 2, 4]);
    expect(roundTicks([120, 1990])).toEqual([0, 500, 1000, 1500, 2000]);
    expect(roundTicks([])).toEqual([0, 1]);
  });

  it("leaves a step of room below the lowest value when asked, so a label at the bottom stays clear", () => {
    expect(roundTicks([40, 60])).toEqual([40, 45, 50, 55, 60]);
    expect(roundTicks([40, 60], { roomBelow: true })).toEqual([35, 40, 45, 50, 55, 60]);
    expect(roundTicks([0, 10], { roomBelow: true })[0]).toBe(0);
  });
});
