import { defaultDeadline, quarterEnd, quarterStart, quartersBetween } from "../../lib/quarters";
import type { Quarter } from "../../lib/quarters";

/** Every seeded row is stamped with fixed instants, never the clock, so reruns write identical rows. */
export const SEED_CREATED_AT = new Date("2024-01-02T02:00:00Z");

/** The demo's "today": mid-June 2025, before the Q2/2025 deadline of 20 June. */
export const DEMO_TODAY = new Date("2025-06-16T00:00:00Z");

export const FIRST_REPORTED_QUARTER: Quarter = { year: 2024, quarter: 1 };
export const CURRENT_QUARTER: Quarter = { year: 2025, quarter: 2 };
const LAST_PERIOD_QUARTER: Quarter = { year: 2026, quarter: 4 };

/** Quarters with submissions, oldest first (2024-Q1 … 2025-Q2). */
export const REPORTED_QUARTERS: Quarter[] = quartersBetween(FIRST_REPORTED_QUARTER, CURRENT_QUARTER);

/**
 * After the 1 July 2025 reform the demo runs on to the dev server's today, mid-September 2026, before the
 * Q3/2026 deadline of 20 September. Tests keep pinning DEMO_TODAY; both worlds live in one seed.
 */
export const DEV_TODAY = new Date("2026-09-15T00:00:00Z");
export const FIRST_REFORM_QUARTER: Quarter = { year: 2025, quarter: 3 };
export const REFORM_CURRENT_QUARTER: Quarter = { year: 2026, quarter: 3 };

/** Quarters reported in the new map, oldest first (2025-Q3 … 2026-Q3). */
export const REFORM_REPORTED_QUARTERS: Quarter[] = quartersBetween(FIRST_REFORM_QUARTER, REFORM_CURRENT_QUARTER);

const DAY_MS = 86_400_000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The given UTC hour and minute on the date's UTC day. */
export function atTime(date: Date, hour: number, minute = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute));
}

export function isSameQuarter(a: Quarter, b: Quarter): boolean {
  return a.year === b.year && a.quarter === b.quarter;
}

export interface PeriodRow {
  year: number;
  quarter: number;
  startsOn: Date;
  endsOn: Date;
  deadline: Date;
  status: "OPEN" | "LOCKED";
  lockedAt: Date | null;
  createdAt: Date;
}

/**
 * 2024 is closed and locked; 2025 and 2026 are open. 2025 stays open although the dev server's today is in
 * 2026: the browser tests, pinned to June 2025, move and lock the Q3/2025 period themselves.
 */
export function buildPeriodRows(): PeriodRow[] {
  return quartersBetween(FIRST_REPORTED_QUARTER, LAST_PERIOD_QUARTER).map((quarter) => {
    const locked = quarter.year === 2024;
    return {
      year: quarter.year,
      quarter: quarter.quarter,
      startsOn: quarterStart(quarter),
      endsOn: quarterEnd(quarter),
      deadline: defaultDeadline(quarter),
      status: locked ? "LOCKED" : "OPEN",
      lockedAt: locked ? atTime(addDays(quarterEnd(quarter), 10), 3) : null,
      createdAt: SEED_CREATED_AT,
    };
  });
}
