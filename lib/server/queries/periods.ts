import "server-only";
import { compareQuarters, parseQuarterKey, quarterOf, type Quarter } from "@/lib/quarters";
import type { Db } from "../db";

export type PeriodRow = Awaited<ReturnType<typeof listPeriods>>[number];

export async function listPeriods(db: Pick<Db, "reportingPeriod">) {
  return db.reportingPeriod.findMany({ orderBy: [{ year: "desc" }, { quarter: "desc" }] });
}

export function asQuarter(period: { year: number; quarter: number }): Quarter {
  return { year: period.year, quarter: period.quarter as Quarter["quarter"] };
}

/** The period an officer reports for by default: the quarter containing today, else the latest one begun. */
export function pickCurrentPeriod<T extends { year: number; quarter: number }>(periods: T[], today: Date): T | null {
  const now = quarterOf(today);
  const begun = periods.filter((p) => compareQuarters(asQuarter(p), now) <= 0);
  return begun.find((p) => compareQuarters(asQuarter(p), now) === 0) ?? begun[0] ?? periods[periods.length - 1] ?? null;
}

/** The requested period (by key such as "2024-Q1") when it exists, else the fallback. */
export function pickPeriod<T extends { year: number; quarter: number }>(periods: T[], key: string | null | undefined, fallback: T | null): T | null {
  const wanted = key ? parseQuarterKey(key) : null;
  if (!wanted) return fallback;
  return periods.find((p) => compareQuarters(asQuarter(p), wanted) === 0) ?? fallback;
}

/** Periods whose quarter has begun by `today`: nobody reports for, or reviews, a quarter still to come. */
export function startedPeriods<T extends { startsOn: Date }>(periods: T[], today: Date): T[] {
  return periods.filter((p) => p.startsOn <= today);
}
