// The quarter's measured figure of one cell (indicator × locality × quarter), rolled up from the
// measurements source systems pushed. Pure: the caller loads the cell's measurements and stores the result.
//
// Which measurements count (effectiveMeasurements):
// - A whole-quarter measurement (measuredOn null) is a restatement: it replaces the earlier whole-quarter
//   ones of the same cell from the same source system.
// - Dated (daily / monthly) measurements accumulate; a re-sent identical date from the same source replaces
//   the earlier one.
// How they combine, by the indicator's kind:
// - RATE: 100 × Σnumerator / Σdenominator when every measurement has both (RATIO_OF_SUMS) — never the
//   average of rates, which weights a quiet month like a busy one. Otherwise the plain mean of the
//   reported rates, stated as MEAN so nobody mistakes it for a ratio of sums.
// - FLOW: the sum of the values (what happened within the quarter adds up).
// - CUMULATIVE and LEVEL: the latest value by date; a whole-quarter measurement stands for the quarter's
//   last day, and on equal dates the latest received wins.
import type { Quarter } from "./quarters";
import { quarterEnd } from "./quarters";
import type { IndicatorKind } from "./year-to-date";

export interface RollupMeasurement {
  /** Null for a whole-quarter measurement, else the day (UTC midnight) it was measured. */
  measuredOn: Date | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sourceSystemId: number;
  receivedAt: Date;
  /** Breaks ties between measurements received at the same instant (the later row wins). */
  id: number;
}

export type RollupMethod = "RATIO_OF_SUMS" | "MEAN" | "SUM" | "LATEST" | "NONE";

export interface RollupResult {
  value: number | null;
  /** Σ of the counts for RATIO_OF_SUMS, the latest measurement's counts for LATEST, else null. */
  numerator: number | null;
  denominator: number | null;
  method: RollupMethod;
  /** How many measurements the figure rests on (after restatements replaced earlier ones). */
  measurementCount: number;
  /** The source system of the latest received measurement that counts; null when there are none. */
  sourceSystemId: number | null;
  lastMeasuredAt: Date | null;
}

const isNumber = (n: number | null): n is number => n !== null && Number.isFinite(n);

/** Stored with four decimals, like every value column. */
const round4 = (n: number): number => Math.round(n * 10_000) / 10_000;

function receivedOrder(a: RollupMeasurement, b: RollupMeasurement): number {
  return a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id;
}

/** The measurements that still count once restatements and re-sent dates replaced earlier ones. */
export function effectiveMeasurements(measurements: RollupMeasurement[]): RollupMeasurement[] {
  const latestBySlot = new Map<string, RollupMeasurement>();
  for (const m of [...measurements].sort(receivedOrder)) {
    latestBySlot.set(`${m.sourceSystemId}|${m.measuredOn ? m.measuredOn.toISOString() : "Q"}`, m);
  }
  return [...latestBySlot.values()].sort(receivedOrder);
}

function latest(measurements: RollupMeasurement[], quarter: Quarter): RollupMeasurement | null {
  const lastDay = quarterEnd(quarter).getTime();
  const withValue = measurements.filter((m) => isNumber(m.value));
  let best: RollupMeasurement | null = null;
  let bestDay = -Infinity;
  // Input is in received order, so `>=` lets the later received win on equal dates.
  for (const m of withValue) {
    const day = m.measuredOn ? m.measuredOn.getTime() : lastDay;
    if (day >= bestDay) { best = m; bestDay = day; }
  }
  return best;
}

function combine(kind: IndicatorKind, quarter: Quarter, counted: RollupMeasurement[]): Pick<RollupResult, "value" | "numerator" | "denominator" | "method"> {
  const none = { value: null, numerator: null, denominator: null, method: "NONE" as const };
  if (kind === "FLOW") {
    const values = counted.map((m) => m.value).filter(isNumber);
    return values.length === 0 ? none : { value: round4(values.reduce((s, v) => s + v, 0)), numerator: null, denominator: null, method: "SUM" };
  }
  if (kind === "RATE") {
    if (counted.length > 0 && counted.every((m) => isNumber(m.numerator) && isNumber(m.denominator))) {
      const numerator = counted.reduce((s, m) => s + (m.numerator ?? 0), 0);
      const denominator = counted.reduce((s, m) => s + (m.denominator ?? 0), 0);
      // All-zero denominators carry no counts to combine; the reported rates still do.
      if (denominator > 0) return { value: round4((100 * numerator) / denominator), numerator: round4(numerator), denominator: round4(denominator), method: "RATIO_OF_SUMS" };
    }
    const values = counted.map((m) => m.value).filter(isNumber);
    return values.length === 0 ? none : { value: round4(values.reduce((s, v) => s + v, 0) / values.length), numerator: null, denominator: null, method: "MEAN" };
  }
  const last = latest(counted, quarter);
  return last ? { value: last.value, numerator: last.numerator, denominator: last.denominator, method: "LATEST" } : none;
}

/** The quarter's figure for one cell from all its measurements (any order; earlier restatements included). */
export function rollUp(kind: IndicatorKind, quarter: Quarter, measurements: RollupMeasurement[]): RollupResult {
  const counted = effectiveMeasurements(measurements);
  const lastReceived = counted[counted.length - 1] ?? null;
  return {
    ...combine(kind, quarter, counted),
    measurementCount: counted.length,
    sourceSystemId: lastReceived?.sourceSystemId ?? null,
    lastMeasuredAt: lastReceived?.receivedAt ?? null,
  };
}
