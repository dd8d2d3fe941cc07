// Combining the values of lower-level localities (communes, districts) into one figure for their parent.
// The rule follows the indicator's unit and kind, and is always reported with the figure:
// - Percentage rates (unit PERCENT, any kind): when every reporting child gave its numerator and
//   denominator, 100 × Σnumerator / Σdenominator (RATIO_OF_SUMS). Otherwise the population-weighted mean
//   of the reported rates (WEIGHTED_MEAN). A plain average of rates is never used silently: if a child
//   has no population, all reported children count equally and the result says so (weighting "EQUAL").
// - Counts and money (COUNT, VND_BILLION) of kind FLOW, LEVEL or CUMULATIVE: the sum of reported children.
// - Durations (DAYS, HOURS), and any other rate: the population-weighted mean.
// Children that did not report are left out, and the coverage (reported / total) travels with the value.
// A child may stand for only part of itself (`share`, from lineage: a commune of which 0.4 went to the parent):
// its value, counts and population then count by that share (lib/lineage.ts re-expresses history this way).
// Across time the year-to-date rule of lib/year-to-date.ts applies to the aggregated quarters.
import type { IndicatorUnit } from "./format";
import { compareQuarters, type Quarter } from "./quarters";
import { yearToDate, type IndicatorKind } from "./year-to-date";

export type AggregationMethod = "RATIO_OF_SUMS" | "WEIGHTED_MEAN" | "SUM" | "NONE";
export type Weighting = "POPULATION" | "EQUAL";

export interface AggregationChild {
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  /** The stated weight: the locality's population. */
  weight?: number | null;
  /** The part of this child that belongs to the parent (0 < share ≤ 1); 1 when absent. */
  share?: number | null;
}

export interface Coverage { reported: number; total: number }

export interface AggregateResult {
  value: number | null;
  method: AggregationMethod;
  coverage: Coverage;
  /** For WEIGHTED_MEAN only: POPULATION, or EQUAL when some reporting child had no usable weight. */
  weighting: Weighting | null;
}

const isNumber = (n: number | null | undefined): n is number => typeof n === "number" && Number.isFinite(n);
const shareOf = (c: AggregationChild): number => (isNumber(c.share) ? c.share : 1);

/** The method an indicator's unit and kind call for, before looking at what the children gave. */
export function aggregationRule(kind: IndicatorKind, unit: IndicatorUnit): "RATIO_OF_SUMS" | "WEIGHTED_MEAN" | "SUM" {
  if (unit === "PERCENT") return "RATIO_OF_SUMS";
  if ((unit === "COUNT" || unit === "VND_BILLION") && kind !== "RATE") return "SUM";
  return "WEIGHTED_MEAN";
}

function weightedMean(reported: (AggregationChild & { value: number })[]): { value: number | null; weighting: Weighting } {
  const weighted = reported.every((c) => isNumber(c.weight) && c.weight > 0);
  const weights = reported.map((c) => (weighted ? (c.weight as number) : 1) * shareOf(c));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const value = reported.reduce((sum, c, i) => sum + c.value * (weights[i] ?? 0), 0) / totalWeight;
  return { value: Number.isFinite(value) ? value : null, weighting: weighted ? "POPULATION" : "EQUAL" };
}

/** One figure for a parent from its children's values of ONE quarter. */
export function aggregateValues(kind: IndicatorKind, unit: IndicatorUnit, children: AggregationChild[]): AggregateResult {
  const reported = children.filter((c): c is AggregationChild & { value: number } => isNumber(c.value));
  const coverage = { reported: reported.length, total: children.length };
  if (reported.length === 0) return { value: null, method: "NONE", coverage, weighting: null };

  const rule = aggregationRule(kind, unit);
  if (rule === "SUM") {
    return { value: reported.reduce((sum, c) => sum + c.value * shareOf(c), 0), method: "SUM", coverage, weighting: null };
  }
  if (rule === "RATIO_OF_SUMS" && reported.every((c) => isNumber(c.numerator) && isNumber(c.denominator))) {
    const numerator = reported.reduce((sum, c) => sum + (c.numerator ?? 0) * shareOf(c), 0);
    const denominator = reported.reduce((sum, c) => sum + (c.denominator ?? 0) * shareOf(c), 0);
    // All-zero denominators carry no counts to combine; the reported rates still do.
    if (denominator > 0) return { value: (100 * numerator) / denominator, method: "RATIO_OF_SUMS", coverage, weighting: null };
  }
  const { value, weighting } = weightedMean(reported);
  return { value, method: "WEIGHTED_MEAN", coverage, weighting };
}

export interface QuarterChildren { period: Quarter; children: AggregationChild[] }

export interface YearToDateAggregate extends AggregateResult {
  /** The quarter whose aggregate the value is (RATE, LEVEL, CUMULATIVE); upTo for FLOW. */
  asOf: Quarter | null;
}

/**
 * Aggregate per quarter first, then apply the year-to-date rule of the indicator's kind.
 * RATE / LEVEL / CUMULATIVE take the latest quarter with an aggregate, with that quarter's method and coverage.
 * FLOW sums the quarterly aggregates; its coverage is the weakest quarter's, since a gap in any quarter
 * leaves the sum short.
 */
export function aggregateYearToDate(kind: IndicatorKind, unit: IndicatorUnit, quarters: QuarterChildren[], upTo: Quarter): YearToDateAggregate {
  const inYear = quarters
    .filter((q) => q.period.year === upTo.year && compareQuarters(q.period, upTo) <= 0)
    .sort((a, b) => compareQuarters(a.period, b.period))
    .map((q) => ({ period: q.period, result: aggregateValues(kind, unit, q.children) }));
  const value = yearToDate(kind, inYear.map((q) => ({ period: q.period, value: q.result.value })), upTo);
  const withValue = inYear.filter((q) => q.result.value !== null);
  const latest = withValue[withValue.length - 1];
  const total = Math.max(0, ...inYear.map((q) => q.result.coverage.total));
  if (!latest) return { value: null, method: "NONE", coverage: { reported: 0, total }, weighting: null, asOf: null };
  if (kind !== "FLOW") return { ...latest.result, value, asOf: latest.period };
  const weakest = inYear.reduce((low, q) => (q.result.coverage.reported < low.result.coverage.reported ? q : low), latest);
  const weighting = withValue.some((q) => q.result.weighting === "EQUAL") ? "EQUAL" : latest.result.weighting;
  return { value, method: latest.result.method, coverage: { reported: weakest.result.coverage.reported, total }, weighting, asOf: upTo };
}
