import { compareQuarters } from "./quarters";
import type { Quarter } from "./quarters";

/**
 * How quarterly values combine over a year:
 * - RATE / LEVEL: a state measured at a point in time (e.g. % of online records).
 * - CUMULATIVE: already a running total since the start of the year.
 * - FLOW: what happened within each quarter (e.g. records processed), so quarters add up.
 */
export type IndicatorKind = "RATE" | "LEVEL" | "FLOW" | "CUMULATIVE";

export interface QuarterValue {
  period: Quarter;
  value: number | null;
}

/**
 * The year-to-date value at upTo, counting only upTo's year and quarters up to upTo.
 * RATE, LEVEL, CUMULATIVE: the latest *reported* (non-null) value within the year, so a
 * missing quarter falls back to the last quarter that was reported.
 * FLOW: the sum of the year's reported quarterly values; null when none was reported.
 */
export function yearToDate(kind: IndicatorKind, values: QuarterValue[], upTo: Quarter): number | null {
  const reported = values
    .filter(
      (entry): entry is { period: Quarter; value: number } =>
        entry.period.year === upTo.year &&
        compareQuarters(entry.period, upTo) <= 0 &&
        entry.value !== null &&
        Number.isFinite(entry.value),
    )
    .sort((a, b) => compareQuarters(a.period, b.period));

  if (reported.length === 0) return null;

  switch (kind) {
    case "RATE":
    case "LEVEL":
    case "CUMULATIVE":
      return reported[reported.length - 1]?.value ?? null;
    case "FLOW":
      return reported.reduce((sum, entry) => sum + entry.value, 0);
  }
}
