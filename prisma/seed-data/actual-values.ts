import { roundTo } from "./random";

export interface ActualValue {
  value: number;
  numerator: number | null;
  denominator: number | null;
}

/**
 * A rate from a whole-number count: the numerator is the count nearest to `percent` of the
 * denominator, and the stored value is recomputed from the two so value = 100 × num / den holds.
 */
export function rateOf(denominator: number, percent: number): ActualValue {
  const numerator = Math.min(denominator, Math.max(0, Math.round((denominator * percent) / 100)));
  return rateFromCounts(numerator, denominator);
}

export function rateFromCounts(numerator: number, denominator: number): ActualValue {
  return { value: roundTo((100 * numerator) / denominator, 4), numerator, denominator };
}

export function plainValue(value: number): ActualValue {
  return { value: roundTo(value, 4), numerator: null, denominator: null };
}
