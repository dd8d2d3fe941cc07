// Pure scoreboard arithmetic: year-to-date values against annual targets, bands, and shares met.
import { BANDS, computeBand, computeProgress, countBands, type Band, type TargetSpec } from "./progress";
import { compareQuarters, type Quarter } from "./quarters";
import { yearToDate, type IndicatorKind, type QuarterValue } from "./year-to-date";

export interface ScoredTargetInput {
  targetId: number;
  indicatorId: number;
  pillarCode: string;
  kind: IndicatorKind;
  year: number;
  spec: TargetSpec;
}

export interface ScoredTarget {
  targetId: number;
  indicatorId: number;
  pillarCode: string;
  ytd: number | null;
  progress: number | null;
  band: Band;
}

/** Scores each target of `period.year` with the year-to-date value of its indicator as of `period`. */
export function scoreTargets(
  targets: ScoredTargetInput[],
  valuesByIndicator: Map<number, QuarterValue[]>,
  period: Quarter,
): ScoredTarget[] {
  return targets
    .filter((t) => t.year === period.year)
    .map((t) => {
      const ytd = yearToDate(t.kind, valuesByIndicator.get(t.indicatorId) ?? [], period);
      return {
        targetId: t.targetId,
        indicatorId: t.indicatorId,
        pillarCode: t.pillarCode,
        ytd,
        progress: computeProgress(ytd, t.spec),
        band: computeBand(ytd, t.spec),
      };
    });
}

export function bandCountsByPillar(scored: ScoredTarget[], pillarCodes: string[]): Record<string, Record<Band, number>> {
  return Object.fromEntries(pillarCodes.map((code) => [code, countBands(scored.filter((s) => s.pillarCode === code).map((s) => s.band))]));
}

/** Share of targets met (0–1) per pillar for each period: the series of the public chart. */
export function shareMetSeries(
  targets: ScoredTargetInput[],
  valuesByIndicator: Map<number, QuarterValue[]>,
  periods: Quarter[],
  pillarCodes: string[],
): { period: Quarter; shares: Record<string, number | null> }[] {
  return [...periods].sort(compareQuarters).map((period) => {
    const scored = scoreTargets(targets, valuesByIndicator, period);
    const shares: Record<string, number | null> = {};
    for (const code of pillarCodes) {
      const inPillar = scored.filter((s) => s.pillarCode === code);
      shares[code] = inPillar.length === 0 ? null : inPillar.filter((s) => s.band === "MET").length / inPillar.length;
    }
    return { period, shares };
  });
}

export { BANDS };
