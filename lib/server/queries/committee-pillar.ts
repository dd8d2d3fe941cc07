import "server-only";
import { forecastAtDeadline, type Forecast } from "@/lib/forecast";
import { countBands, type Band } from "@/lib/progress";
import { compareQuarters, quartersOfYearUpTo, type Quarter } from "@/lib/quarters";
import { yearToDate, type QuarterValue } from "@/lib/year-to-date";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ForbiddenError, NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";

import { loadProvinceScoreData, scoreProvinceBoard, type ProvinceScoreData, type ProvinceScoreboard } from "./scoreboard";

type BoardRow = ProvinceScoreboard["rows"][number];

/** The pillars of the national programme; a URL naming anything else is answered as not found at once. */
export const PILLAR_CODES = ["GOV", "ECO", "SOC"] as const;

export function isPillarCode(code: string): code is (typeof PILLAR_CODES)[number] {
  return (PILLAR_CODES as readonly string[]).includes(code);
}

export interface SeriesPoint {
  period: Quarter;
  /** The approved value reported for that quarter; null when none was. */
  value: number | null;
  /** Year-to-date as of that quarter (the FLOW sum so far; else the latest reported value). */
  ytd: number | null;
}

interface TargetDetail {
  baseline: number | null;
  deadline: Date | null;
  values: QuarterValue[];
  /** Last year's latest approved value, where the year's trend starts from. */
  start: { period: Quarter; value: number } | null;
  definition: string;
  numeratorDefinition: string | null;
  denominatorDefinition: string | null;
}

/**
 * Per provincial target of `period`'s year: baseline, deadline, definitions and the approved values of the
 * year and the year before, read exactly as getProvinceScoreboard reads them (latest approved revision).
 */
export function targetDetailsFrom(data: ProvinceScoreData, period: Quarter): Map<number, TargetDetail> {
  const targets = data.targets.filter((t) => t.year === period.year);
  const byIndicator = new Map<number, QuarterValue[]>();
  for (const a of data.published) {
    if (a.period.year !== period.year && a.period.year !== period.year - 1) continue;
    const list = byIndicator.get(a.indicatorId) ?? [];
    list.push({ period: a.period, value: a.value });
    byIndicator.set(a.indicatorId, list);
  }
  return new Map(targets.map((t) => {
    const all = byIndicator.get(t.indicatorId) ?? [];
    const lastYear = all
      .filter((v): v is { period: Quarter; value: number } => v.period.year === period.year - 1 && v.value !== null)
      .sort((a, b) => compareQuarters(b.period, a.period))[0];
    return [t.id, {
      baseline: toNumber(t.baseline),
      deadline: t.deadline,
      values: all.filter((v) => v.period.year === period.year && compareQuarters(v.period, period) <= 0),
      start: lastYear ?? null,
      definition: t.indicator.definition,
      numeratorDefinition: t.indicator.numeratorDefinition,
      denominatorDefinition: t.indicator.denominatorDefinition,
    }];
  }));
}

/** The target's forecast to its deadline from the approved values of its year up to `period`. */
export function forecastFor(row: BoardRow, detail: TargetDetail | undefined, period: Quarter): Forecast {
  return forecastAtDeadline({
    kind: row.kind,
    spec: { value: row.targetValue, comparator: row.comparator, direction: row.direction, baseline: detail?.baseline ?? null },
    year: period.year,
    deadline: detail?.deadline ?? null,
    series: detail?.values ?? [],
    asOf: period,
    start: detail?.start ?? null,
  });
}

function seriesOf(row: BoardRow, values: QuarterValue[], period: Quarter): SeriesPoint[] {
  return quartersOfYearUpTo(period).map((q) => ({
    period: q,
    value: values.find((v) => compareQuarters(v.period, q) === 0)?.value ?? null,
    ytd: yearToDate(row.kind, values, q),
  }));
}

async function scoreboardFor(viewer: Viewer, periodKey: string | null, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const data = await loadProvinceScoreData(db);
  const board = scoreProvinceBoard(data, periodKey);
  const countsByPillar: Record<string, Record<Band, number>> = board.countsByPillar;
  return { ...board, countsByPillar, data };
}

/** The three pillars with their band counts for the period, as on the public scoreboard. */
export async function getPillarIndex(viewer: Viewer, periodKey: string | null, db: Db) {
  const board = await scoreboardFor(viewer, periodKey, db);
  const pillars = board.pillars.map((p) => ({ ...p, counts: board.countsByPillar[p.code] ?? countBands([]) }));
  return { periods: board.periods, period: board.period, pillars };
}

/**
 * One pillar's provincial targets for the period's year: the indicator and how it is computed, the target,
 * the approved quarterly series up to the period, the band (as on the public scoreboard) and the forecast.
 */
export async function getPillarDetail(viewer: Viewer, pillarCode: string, periodKey: string | null, db: Db) {
  const board = await scoreboardFor(viewer, periodKey, db);
  const pillar = board.pillars.find((p) => p.code === pillarCode);
  if (!pillar) throw new NotFoundError("Không tìm thấy trụ cột.");
  const { period } = board;
  const base = { province: board.province, pillar, pillars: board.pillars, periods: board.periods, period, counts: board.countsByPillar[pillar.code] ?? countBands([]) };
  if (!period) return { ...base, targets: [] };
  const details = targetDetailsFrom(board.data, period);
  const targets = board.rows
    .filter((row) => row.pillarCode === pillar.code)
    .map((row) => {
      const detail = details.get(row.targetId);
      return {
        ...row,
        baseline: detail?.baseline ?? null,
        deadline: detail?.deadline ?? null,
        definition: detail?.definition ?? "",
        numeratorDefinition: detail?.numeratorDefinition ?? null,
        denominatorDefinition: detail?.denominatorDefinition ?? null,
        series: seriesOf(row, detail?.values ?? [], period),
        forecast: forecastFor(row, detail, period),
      };
    });
  return { ...base, targets };
}

export type PillarDetail = Awaited<ReturnType<typeof getPillarDetail>>;
export type PillarTarget = PillarDetail["targets"][number];
export type PillarIndex = Awaited<ReturnType<typeof getPillarIndex>>;
