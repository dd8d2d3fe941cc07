// Forecast to the deadline, in the style of Open SDG's progress measure: compare the pace observed so far
// with the pace still required to reach the target, and classify the ratio.
//
// - Observed pace (per quarter): the least-squares slope of the year's reported values against their
//   actual quarter positions (a missing quarter leaves a gap rather than shifting later points). With a
//   single reported quarter the slope runs from a starting point at the start of the year: zero for a
//   CUMULATIVE running total, else the caller's `start` (e.g. last year's latest value), else the baseline.
// - Required pace (per remaining quarter): (target − latest) ÷ quarters remaining after the latest reported
//   quarter up to the deadline (the target's deadline, else the end of the target year's Q4).
// - FLOW indicators forecast the year total: observed pace = average reported quarterly flow; projected
//   total = year-to-date + that average × remaining quarters; required = (target − ytd) ÷ remaining.
// - Status: already met (comparator holds) → ON_TRACK; no further gain required → ON_TRACK; ratio
//   observed ÷ required ≥ 0.95 → ON_TRACK; 0.5 ≤ ratio < 0.95 → NEEDS_ACCELERATION; otherwise (moving
//   the wrong way, or no quarter left and not met) → OFF_TRACK. No reported value → NO_DATA; a single
//   value with no starting point gives no pace → INSUFFICIENT_DATA.
// Lower-is-better indicators have a negative required pace; the ratio keeps its meaning because both
// paces change sign together.
import { isTargetMet, type TargetSpec } from "./progress";
import { compareQuarters, nextQuarter, quarterOf, type Quarter } from "./quarters";
import type { IndicatorKind, QuarterValue } from "./year-to-date";

export type ForecastStatus = "ON_TRACK" | "NEEDS_ACCELERATION" | "OFF_TRACK" | "NO_DATA" | "INSUFFICIENT_DATA";

export const FORECAST_STATUSES: readonly ForecastStatus[] = ["ON_TRACK", "NEEDS_ACCELERATION", "OFF_TRACK", "INSUFFICIENT_DATA", "NO_DATA"];

export const ON_TRACK_RATIO = 0.95;
export const ACCELERATION_RATIO = 0.5;

export interface ForecastInput {
  kind: IndicatorKind;
  spec: TargetSpec;
  year: number;
  /** The target's own deadline; null means the end of the target year. */
  deadline: Date | null;
  series: QuarterValue[];
  /** The period being reviewed: values after it are ignored. */
  asOf: Quarter;
  /** Where the year started from, for a single reported quarter (not used for FLOW or CUMULATIVE). */
  start?: { period: Quarter; value: number } | null;
}

export interface Forecast {
  status: ForecastStatus;
  /** The value the forecast starts from: latest reported, or the year-to-date total for FLOW. */
  latest: number | null;
  observedPace: number | null;
  /** The change needed per remaining quarter; null when none is left or nothing is reported. */
  requiredPace: number | null;
  ratio: number | null;
  /** From the latest point to the deadline quarter at the observed pace; empty without a pace. */
  projection: { period: Quarter; value: number }[];
  remainingQuarters: number;
  deadline: Quarter;
}

interface Point { x: number; value: number }

/**
 * The further change per remaining quarter still to be made, as a positive magnitude in the indicator's
 * unit (a gain, or a cut when lower is better); null when the forecast asks for none (met, on track,
 * no data, no quarter left, or the required pace already points the other way).
 */
export function paceStillNeeded(forecast: Forecast, direction: TargetSpec["direction"]): number | null {
  if (forecast.status === "ON_TRACK" || forecast.status === "NO_DATA" || forecast.requiredPace === null) return null;
  const gain = direction === "LOWER_IS_BETTER" ? -forecast.requiredPace : forecast.requiredPace;
  return gain > 0 ? gain : null;
}

/** The quarter a target is due: its deadline's quarter, else Q4 of the target year. */
export function deadlineQuarter(year: number, deadline: Date | null): Quarter {
  return deadline ? quarterOf(deadline) : { year, quarter: 4 };
}

/** Least-squares slope of value over x; null with fewer than two distinct positions. */
export function leastSquaresSlope(points: Point[]): number | null {
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.value, 0) / points.length;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.value - meanY);
  }
  return sxx === 0 ? null : sxy / sxx;
}

function classify(ratio: number): ForecastStatus {
  if (ratio >= ON_TRACK_RATIO) return "ON_TRACK";
  if (ratio >= ACCELERATION_RATIO) return "NEEDS_ACCELERATION";
  return "OFF_TRACK";
}

function project(from: Quarter, latest: number, pace: number | null, deadline: Quarter): Forecast["projection"] {
  if (pace === null || compareQuarters(deadline, from) <= 0) return [];
  const points = [{ period: from, value: latest }];
  for (let q = nextQuarter(from), step = 1; compareQuarters(q, deadline) <= 0; q = nextQuarter(q), step += 1) {
    points.push({ period: q, value: latest + pace * step });
  }
  return points;
}

export function forecastAtDeadline(input: ForecastInput): Forecast {
  const deadline = deadlineQuarter(input.year, input.deadline);
  const origin: Quarter = { year: input.year, quarter: 1 };
  const reported = input.series
    .filter((e): e is { period: Quarter; value: number } =>
      e.period.year === input.year && compareQuarters(e.period, input.asOf) <= 0 && e.value !== null && Number.isFinite(e.value))
    .sort((a, b) => compareQuarters(a.period, b.period));
  const last = reported[reported.length - 1];
  if (!last) {
    const remaining = Math.max(0, compareQuarters(deadline, input.asOf));
    return { status: "NO_DATA", latest: null, observedPace: null, requiredPace: null, ratio: null, projection: [], remainingQuarters: remaining, deadline };
  }
  const remaining = Math.max(0, compareQuarters(deadline, last.period));
  const isFlow = input.kind === "FLOW";
  const latest = isFlow ? reported.reduce((s, e) => s + e.value, 0) : last.value;
  const observed = isFlow ? latest / reported.length : observedSlope(reported, origin, input);
  const required = remaining > 0 ? (input.spec.value - latest) / remaining : null;
  const ratio = paceRatio(input, observed, required);
  const base = { latest, observedPace: observed, requiredPace: required, ratio, projection: project(last.period, latest, observed, deadline), remainingQuarters: remaining, deadline };
  return { ...base, status: statusOf(input, latest, observed, required, ratio, remaining) };
}

function observedSlope(reported: { period: Quarter; value: number }[], origin: Quarter, input: ForecastInput): number | null {
  const points = reported.map((e) => ({ x: compareQuarters(e.period, origin), value: e.value }));
  if (points.length === 1) {
    const start = startingPoint(input);
    if (start) points.unshift({ x: compareQuarters(start.period, origin), value: start.value });
  }
  return leastSquaresSlope(points);
}

/** Observed ÷ required; for a lower-is-better FLOW the allowance per quarter ÷ the observed flow. */
function paceRatio(input: ForecastInput, observed: number | null, required: number | null): number | null {
  if (observed === null || required === null) return null;
  if (input.kind === "FLOW" && input.spec.direction === "LOWER_IS_BETTER") return observed > 0 ? required / observed : null;
  return required === 0 ? null : observed / required;
}

/**
 * Where the year began, placed at the end of the previous year: a CUMULATIVE running total restarts from
 * zero each year; otherwise the caller's start, else the target's baseline.
 */
function startingPoint(input: ForecastInput): { period: Quarter; value: number } | null {
  const yearStart: Quarter = { year: input.year - 1, quarter: 4 };
  if (input.kind === "CUMULATIVE") return { period: yearStart, value: 0 };
  if (input.start) return input.start;
  const baseline = input.spec.baseline;
  return typeof baseline === "number" && Number.isFinite(baseline) ? { period: yearStart, value: baseline } : null;
}

function statusOf(input: ForecastInput, latest: number, observed: number | null, required: number | null, ratio: number | null, remaining: number): ForecastStatus {
  const lowerIsBetter = input.spec.direction === "LOWER_IS_BETTER";
  // A lower-is-better FLOW total can only grow, so "met so far" says nothing about the year's end.
  if (input.kind === "FLOW" && lowerIsBetter) {
    if (!isTargetMet(latest, input.spec)) return "OFF_TRACK";
    if (remaining === 0 || observed === null || observed <= 0) return "ON_TRACK";
    return isTargetMet(latest + observed * remaining, input.spec) ? "ON_TRACK" : classify(ratio ?? 0);
  }
  if (isTargetMet(latest, input.spec)) return "ON_TRACK";
  if (required === null) return "OFF_TRACK";
  const gainNeeded = lowerIsBetter ? -required : required;
  if (gainNeeded <= 0) return "ON_TRACK";
  if (ratio === null) return "INSUFFICIENT_DATA";
  return classify(ratio);
}
