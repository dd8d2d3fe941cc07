import "server-only";
import { BANDS, type Band } from "@/lib/progress";
import { compareQuarters, previousQuarter, quarterKey, type Quarter } from "@/lib/quarters";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";
import { forecastFor, targetDetailsFrom } from "./committee-pillar";
import { loadProvinceScoreData, scoreProvinceBoard } from "./scoreboard";

/** Improvement means a better band; NO_DATA counts as the lowest. */
function bandRank(band: Band): number {
  return BANDS.length - BANDS.indexOf(band);
}

/**
 * The committee's overview of a period, built on the province scoreboard (scoreProvinceBoard) so that every count equals the
 * public scoreboard's: band counts for the province and per pillar, each target with its lead agency and
 * forecast, grouped by band, and the targets whose band changed since the previous quarter of the same
 * year. Q1 has no previous period: targets are set per year, so last year's Q4 is not comparable.
 */
export async function getCommitteeOverview(viewer: Viewer, periodKey: string | null, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const data = await loadProvinceScoreData(db);
  const board = scoreProvinceBoard(data, periodKey);
  const { period } = board;
  const countsByPillar: Record<string, Record<Band, number>> = board.countsByPillar;
  const base = { province: board.province, pillars: board.pillars, periods: board.periods, period, counts: board.counts, countsByPillar };
  if (!period) return { ...base, previousPeriod: null, rows: [], byBand: groupByBand([]), movers: [] };

  const previous: Quarter | null = period.quarter > 1 ? previousQuarter(period) : null;
  const previousPeriod = previous && board.periods.some((p) => compareQuarters(p, previous) === 0) ? previous : null;
  // Both quarters and the forecasts' details come from the one load.
  const previousBoard = previousPeriod ? scoreProvinceBoard(data, quarterKey(previousPeriod)) : null;
  const details = targetDetailsFrom(data, period);
  const rows = board.rows.map((row) => ({ ...row, forecast: forecastFor(row, details.get(row.targetId), period) }));
  const before = new Map(previousBoard?.rows.map((r) => [r.targetId, r.band]) ?? []);
  const movers = rows.flatMap((row) => {
    const from = before.get(row.targetId);
    if (from === undefined || from === row.band) return [];
    const to = row.band;
    return [{ targetId: row.targetId, code: row.code, nameVi: row.nameVi, nameEn: row.nameEn, pillarCode: row.pillarCode, leadAgency: row.leadAgency, from, to, improved: bandRank(to) > bandRank(from) }];
  });
  return { ...base, previousPeriod, rows, byBand: groupByBand(rows), movers };
}

function groupByBand<Row extends { band: Band }>(rows: Row[]): Record<Band, Row[]> {
  return Object.fromEntries(BANDS.map((band) => [band, rows.filter((r) => r.band === band)])) as Record<Band, Row[]>;
}

export type CommitteeOverview = Awaited<ReturnType<typeof getCommitteeOverview>>;
export type OverviewRow = CommitteeOverview["rows"][number];
export type OverviewMover = CommitteeOverview["movers"][number];
