export type Direction = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
export type Comparator = "GTE" | "GT" | "LTE" | "LT";
export type Band = "MET" | "ABOVE_70" | "FROM_50_TO_70" | "BELOW_50" | "NO_DATA";

export const BANDS: readonly Band[] = ["MET", "ABOVE_70", "FROM_50_TO_70", "BELOW_50", "NO_DATA"];

export interface TargetSpec {
  value: number;
  comparator: Comparator;
  direction: Direction;
  baseline?: number | null;
}

const ABOVE_70_THRESHOLD = 0.7;
const FROM_50_THRESHOLD = 0.5;

function isReported(actual: number | null | undefined): actual is number {
  return typeof actual === "number" && Number.isFinite(actual);
}

// -0 would print as "-0%" and fail Object.is equality; it means plain zero progress.
function normaliseZero(ratio: number): number {
  return ratio === 0 ? 0 : ratio;
}

/**
 * Progress towards the target as a ratio (1 = 100%), deliberately UNCAPPED so
 * over-achievement stays visible; cap only when averaging (see capProgress).
 *
 * - Higher is better: actual / target.
 *   Target 0: 1 when actual >= 0 (nothing more to achieve), else 0.
 * - Lower is better, baseline known and different from target:
 *   (baseline - actual) / (baseline - target), i.e. the share of the planned reduction achieved.
 * - Lower is better otherwise: target / actual; actual <= 0 gives 1 (cannot do better than zero).
 *
 * A "reduction" indicator (e.g. procedure time cut by 30% against a 10% target) is stored as
 * the percentage achieved and is simply higher-is-better: 30 / 10 = 3.
 *
 * Returns null when there is no usable actual; never NaN or Infinity.
 */
export function computeProgress(actual: number | null | undefined, target: TargetSpec): number | null {
  if (!isReported(actual) || !Number.isFinite(target.value)) return null;

  if (target.direction === "HIGHER_IS_BETTER") {
    if (target.value === 0) return actual >= 0 ? 1 : 0;
    return normaliseZero(actual / target.value);
  }

  const baseline = target.baseline;
  if (isReported(baseline) && baseline !== target.value) {
    return normaliseZero((baseline - actual) / (baseline - target.value));
  }
  if (actual <= 0) return 1;
  return normaliseZero(target.value / actual);
}

/** Whether the comparator holds between actual and target (GTE ≥, GT >, LTE ≤, LT <); no data is never met. */
export function isTargetMet(actual: number | null | undefined, target: TargetSpec): boolean {
  if (!isReported(actual) || !Number.isFinite(target.value)) return false;
  switch (target.comparator) {
    case "GTE":
      return actual >= target.value;
    case "GT":
      return actual > target.value;
    case "LTE":
      return actual <= target.value;
    case "LT":
      return actual < target.value;
  }
}

/**
 * Band on the UNROUNDED progress, so a displayed "70,0%" may still be FROM_50_TO_70.
 * Met wins over progress: equal-to-target with GT is not met and lands in ABOVE_70.
 */
export function computeBand(actual: number | null | undefined, target: TargetSpec): Band {
  const progress = computeProgress(actual, target);
  if (progress === null) return "NO_DATA";
  if (isTargetMet(actual, target)) return "MET";
  if (progress >= ABOVE_70_THRESHOLD) return "ABOVE_70";
  if (progress >= FROM_50_THRESHOLD) return "FROM_50_TO_70";
  return "BELOW_50";
}

/** Every band is present in the result, zero when absent, so charts keep a stable legend. */
export function countBands(bands: Iterable<Band>): Record<Band, number> {
  const counts: Record<Band, number> = { MET: 0, ABOVE_70: 0, FROM_50_TO_70: 0, BELOW_50: 0, NO_DATA: 0 };
  for (const band of bands) counts[band] += 1;
  return counts;
}

/** min(progress, 1): one over-achieving indicator must not hide others that lag in an average. */
export function capProgress(progress: number): number {
  return Math.min(progress, 1);
}

/** Mean of the capped non-null progress values; null when none is available. */
export function averageCappedProgress(progress: (number | null)[]): number | null {
  const available = progress.filter((value): value is number => value !== null && Number.isFinite(value));
  if (available.length === 0) return null;
  const total = available.reduce((sum, value) => sum + capProgress(value), 0);
  return total / available.length;
}
