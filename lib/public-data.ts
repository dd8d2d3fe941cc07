// Shapes of everything the public scoreboard publishes: the pages, the CSV/JSON downloads and the
// /api/public/v1 routes all render these, so a number is the same wherever it appears. Plain JSON only
// (dates as ISO strings): they pass through the data cache and straight into API responses.
import type { Band, Comparator } from "./progress";
import type { IndicatorUnit } from "./format";

export type PublicDirection = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type PublicKind = "RATE" | "LEVEL" | "FLOW" | "CUMULATIVE";

/** An approved value that was later corrected, and the correction approved. */
export interface PublicCorrection {
  indicatorCode: string;
  localityCode: string;
  localityName: string;
  /** Quarter key, e.g. "2024-Q2". */
  period: string;
  from: number | null;
  to: number | null;
  /** ISO timestamp of the correction's approval. */
  approvedAt: string;
  reason: string | null;
  revision: number;
}

/** A point where a series stops being comparable with what came before. */
export interface SeriesBreak {
  /** ISO date (yyyy-mm-dd) of the first day on the new basis. */
  date: string;
  kind: "METHOD" | "BOUNDARY";
  noteVi: string;
  noteEn: string;
}

/** Where a published figure comes from: who reported it, when it was approved, how it is computed. */
export interface Provenance {
  reporter: string;
  /** Quarter of the latest approved value behind the figure. */
  period: string | null;
  approvedAt: string | null;
  formula: string;
  numerator: string | null;
  denominator: string | null;
  source: string;
  breaks: SeriesBreak[];
  corrections: PublicCorrection[];
  /** DECLARED: reported by an officer; MEASURED: pushed by a source system and approved (its latest revision). */
  origin: "DECLARED" | "MEASURED";
  /** The source system behind a measured figure; null for a declared one. */
  sourceSystem: string | null;
  /** How the reporter's method departs from the indicator's (catalogue) formula, as recorded; oldest first. */
  deviations: string[];
}

export interface PublicIndicatorRef {
  code: string;
  nameVi: string;
  nameEn: string;
  pillarCode: string;
  unit: IndicatorUnit;
  kind: PublicKind;
  direction: PublicDirection;
}

/** One target scored with approved values only: the year-to-date figure against the year's target. */
export interface PublicTargetRow extends PublicIndicatorRef {
  actual: number | null;
  target: number;
  comparator: Comparator;
  /** 0..n (1 = on target); null without data. */
  progress: number | null;
  band: Band;
  leadAgency: string | null;
  provenance: Provenance;
}

export type BandCounts = Record<Band, number>;
