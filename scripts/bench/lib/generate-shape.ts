// The size of the generated country and the deterministic randomness every generator draws from. Both sizes
// go through the same generators: only these numbers differ, so the small CI data set has the full one's shape.
import type { BenchSize } from "./result";
import { BENCH_TODAY } from "./bench-db";
import { mulberry32 } from "../../../prisma/seed-data/random";

export interface BenchShape {
  size: BenchSize;
  provinces: number;
  /** Communes before the 2025 reform, and (the same number) after it. */
  communes: number;
  /** About this many districts; each province gets a share proportional to its communes. */
  districts: number;
}

export const BENCH_SHAPES: Record<BenchSize, BenchShape> = {
  full: { size: "full", provinces: 34, communes: 3321, districts: 700 },
  small: { size: "small", provinces: 2, communes: 60, districts: 12 },
};

export const VALID_FROM = "2020-01-01";
/** First day of the new map: districts and pre-reform communes end here (validTo is exclusive). */
export const REFORM_DATE = "2025-07-01";
export const FIRST_YEAR = 2021;
export const LAST_YEAR = 2026;
export const PERIOD_COUNT = (LAST_YEAR - FIRST_YEAR + 1) * 4;
/** Index of 2025-Q3, the first quarter reported in the new map. */
export const FIRST_REFORM_PERIOD = (2025 - FIRST_YEAR) * 4 + 2;
/** 2026-Q3: the last quarter whose deadline has passed on BENCH_TODAY, still under review. */
export const REVIEW_PERIOD = PERIOD_COUNT - 2;
/** 2026-Q4: begun on BENCH_TODAY, only drafts. */
export const CURRENT_PERIOD = PERIOD_COUNT - 1;
export const TODAY_MS = Date.parse(`${BENCH_TODAY}T00:00:00Z`);

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

/** mulberry32 (the seed's generator): sequential, seeded; used where rows are built in a fixed order (names, sizes). */
export const sequence = mulberry32;

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Uniform on [0, 1) from a cell's coordinates: a value depends only on what it describes, not on the order
 * rows are generated in, so the Actual and ActualRevision passes draw identical figures.
 */
export function noise(a: number, b: number, c: number, salt: number): number {
  let h = mix(a ^ 0x9e3779b9);
  h = mix(h ^ Math.imul(b, 0x27d4eb2d));
  h = mix(h ^ Math.imul(c, 0x165667b1));
  h = mix(h ^ Math.imul(salt, 0x61c88647));
  return (h >>> 0) / 4294967296;
}

export function pick<T>(items: readonly T[], u: number): T {
  const item = items[Math.floor(u * items.length) % items.length];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** The period's year and quarter from its index (0 = 2021-Q1). */
export function periodOf(index: number): { year: number; quarter: 1 | 2 | 3 | 4 } {
  return { year: FIRST_YEAR + Math.floor(index / 4), quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4 };
}

/** UTC midnight of the day after the quarter ends, and the reporting deadline 15 days after the quarter. */
export function periodDates(index: number): { startsMs: number; endsMs: number; deadlineMs: number } {
  const { year, quarter } = periodOf(index);
  const startsMs = Date.UTC(year, (quarter - 1) * 3, 1);
  const endsMs = Date.UTC(year, quarter * 3, 0);
  return { startsMs, endsMs, deadlineMs: endsMs + 15 * DAY_MS };
}

/** An office-hours instant (08:00–17:00 Vietnam time, stored in UTC) on the day `dayMs` falls on. */
export function officeHours(dayMs: number, u: number): number {
  const day = Math.floor(dayMs / DAY_MS) * DAY_MS;
  return day + HOUR_MS + Math.floor(u * 9 * 60) * 60_000;
}
