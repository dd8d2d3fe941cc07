import "server-only";
import { averageCappedProgress, countBands, type Band, type Comparator } from "@/lib/progress";
import { quarterEnd, quarterStart, type Quarter } from "@/lib/quarters";
import { scoreTargets, type ScoredTargetInput } from "@/lib/scoreboard";
import type { QuarterValue } from "@/lib/year-to-date";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { asQuarter, pickPeriod } from "./periods";
import { loadLevelIndicators, loadUnitCells, loadUnitScores, type UnitScoreRow } from "./score-summary-rows";
import { getToday } from "@/lib/today";

// Districts and communes scored and ranked with APPROVED values only (the latest approved revision), each
// locality against its own targets of the period's year. No viewer here: the committee's pages gate access
// (committee-localities.ts) and the public pages call it directly, so both show the same ranks.

export type LocalLevel = "DISTRICT" | "COMMUNE";
export type Level = LocalLevel | "PROVINCE";

interface Published { localityId: number; indicatorId: number; period: Quarter; value: number | null; numerator: number | null; denominator: number | null }
interface Validity { validFrom: Date; validTo: Date | null }

/** A unit counts for a quarter when it existed on any day of it (validTo is exclusive). */
export function validDuring(period: Quarter) {
  return (l: Validity) => l.validFrom <= quarterEnd(period) && (l.validTo === null || l.validTo > quarterStart(period));
}

/**
 * Quarters with approved values at these levels, newest first. The default is the latest quarter whose
 * reports at these levels are all approved, else the latest with any approved value.
 */
export async function resolvePeriod(db: Db, levels: Level[], periodKey: string | null | undefined, today: Date = getToday()) {
  const withAgencies = levels.includes("PROVINCE");
  // One statement: each begun quarter with an approved value at these levels (counted in the score summary, which
  // every approval refreshes), and whether a report is still open.
  const rows = await db.$queryRaw<{ id: number; year: number; quarter: number; open: boolean }[]>`
    WITH open AS (
      SELECT DISTINCT s."periodId" FROM "Submission" s LEFT JOIN "Locality" sl ON sl.id = s."localityId"
      WHERE s.status IN ('DRAFT', 'SUBMITTED', 'RETURNED')
        AND (sl.level = ANY(${levels}::"LocalityLevel"[]) OR (${withAgencies} AND s."agencyId" IS NOT NULL))
    )
    SELECT p.id, p.year, p.quarter, p.id IN (SELECT "periodId" FROM open) AS open
    FROM "ReportingPeriod" p
    WHERE p."startsOn" <= ${today} AND EXISTS (
      SELECT 1 FROM "LocalityScore" ls JOIN "Locality" l ON l.id = ls."localityId"
      WHERE ls."periodId" = p.id AND ls."approvedValues" > 0 AND l.level = ANY(${levels}::"LocalityLevel"[])
    )
    ORDER BY p.year DESC, p.quarter DESC`;
  const periods = rows.map(asQuarter);
  const complete = rows.find((r) => !r.open);
  const period = pickPeriod(periods, periodKey, complete ? asQuarter(complete) : (periods[0] ?? null));
  const periodId = period ? (rows.find((r) => r.year === period.year && r.quarter === period.quarter)?.id ?? null) : null;
  return { periods, period, periodId };
}

/** Approved values of the period's year up to the period: the latest approved revision of each. */
export async function loadPublished(db: Db, localityIds: number[], indicatorIds: number[], period: Quarter): Promise<Published[]> {
  const actuals = await db.actual.findMany({
    where: {
      localityId: { in: localityIds },
      indicatorId: { in: indicatorIds },
      publishedRevision: { not: null },
      period: { year: period.year, quarter: { lte: period.quarter } },
    },
    select: {
      localityId: true,
      indicatorId: true,
      period: { select: { year: true, quarter: true } },
      revisions: { orderBy: { revision: "desc" }, take: 1, select: { value: true, numerator: true, denominator: true } },
    },
  });
  return actuals.map((a) => ({
    localityId: a.localityId,
    indicatorId: a.indicatorId,
    period: asQuarter(a.period),
    value: toNumber(a.revisions[0]?.value),
    numerator: toNumber(a.revisions[0]?.numerator),
    denominator: toNumber(a.revisions[0]?.denominator),
  }));
}

export const indicatorSelect = { id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, direction: true, pillar: { select: { code: true } } } as const;
export const indicatorOrder = [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }] as const;

/** Each locality's targets of the year scored with its own year-to-date values (as on the scoreboard). */
export async function scoreOwnTargets(db: Db, localityIds: number[], period: Quarter, level: Level | null) {
  const targets = await db.target.findMany({
    where: { localityId: { in: localityIds }, year: period.year, indicator: { active: true, ...(level ? { levels: { has: level } } : {}) } },
    include: { indicator: { select: indicatorSelect }, leadAgency: { select: { name: true } } },
    orderBy: [{ indicator: { pillar: { sortOrder: "asc" } } }, { indicator: { sortOrder: "asc" } }],
  });
  const published = await loadPublished(db, localityIds, [...new Set(targets.map((t) => t.indicatorId))], period);
  return new Map(localityIds.map((localityId) => {
    const own = targets.filter((t) => t.localityId === localityId);
    const values = new Map<number, QuarterValue[]>();
    for (const p of published.filter((x) => x.localityId === localityId)) {
      values.set(p.indicatorId, [...(values.get(p.indicatorId) ?? []), { period: p.period, value: p.value }]);
    }
    const inputs: ScoredTargetInput[] = own.map((t) => ({
      targetId: t.id,
      indicatorId: t.indicatorId,
      pillarCode: t.indicator.pillar.code,
      kind: t.indicator.kind,
      year: t.year,
      spec: { value: toNumber(t.value) ?? 0, comparator: t.comparator, direction: t.indicator.direction, baseline: toNumber(t.baseline) },
    }));
    const rows = scoreTargets(inputs, values, period).map((s) => {
      const t = own.find((x) => x.id === s.targetId);
      if (!t) throw new Error("scored target without its row");
      const { code, nameVi, nameEn, unit } = t.indicator;
      return { ...s, code, nameVi, nameEn, unit, targetValue: toNumber(t.value) ?? 0, comparator: t.comparator, leadAgency: t.leadAgency?.name ?? null, approval: null };
    });
    return [localityId, { rows, values }] as const;
  }));
}

export function summarise(rows: { band: Band; progress: number | null }[]) {
  const counts = countBands(rows.map((r) => r.band));
  return { targets: rows.length, met: counts.MET, share: rows.length ? counts.MET / rows.length : null, averageProgress: averageCappedProgress(rows.map((r) => r.progress)), counts };
}

/** One locality × indicator: its year-to-date value, its own target (null when it has none), progress and band. */
export interface Cell { code: string; ytd: number | null; target: { value: number; comparator: Comparator } | null; progress: number | null; band: Band | null }

/** Which units and cells a board reads: the units under one province (default: all), cells of some indicators (default: all). */
export interface BoardScope { provinceId?: number; indicatorCodes?: string[] }

/**
 * Every locality of a level valid in the period with its share of targets met, and each indicator of that level scored
 * against its target. Read from the score summary (ScoreCell, LocalityScore; see services/score-summary.ts), which holds
 * the same scoring as scoreOwnTargets, kept current by every approval.
 */
export async function getLevelBoard(db: Db, level: LocalLevel, periodKey: string | null | undefined, scope: BoardScope = {}) {
  const [{ periods, period, periodId }, indicators, province] = await Promise.all([
    resolvePeriod(db, [level], periodKey),
    loadLevelIndicators(db, level),
    db.locality.findFirst({ where: { level: "PROVINCE", validTo: null }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  if (!period || periodId === null) return { periods, period, level, province, indicators, rows: [] };
  const filter = { level, periodId, period, ...(scope.provinceId === undefined ? {} : { provinceId: scope.provinceId }) };
  const cellIndicators = scope.indicatorCodes ? indicators.filter((i) => scope.indicatorCodes?.includes(i.code)) : indicators;
  const [units, cells] = await Promise.all([
    loadUnitScores(db, filter),
    cellIndicators.length === 0 ? [] : loadUnitCells(db, filter, cellIndicators.map((i) => i.id)),
  ]);
  const cellOf = new Map(cells.map((c) => [`${c.localityId}|${c.indicatorId}`, c]));
  const rows = units.map((l) => {
    const cellsOfRow = cellIndicators.map((indicator): Cell => {
      const c = cellOf.get(`${l.id}|${indicator.id}`);
      const target = c && c.targetValue !== null && c.comparator !== null ? { value: c.targetValue, comparator: c.comparator } : null;
      return { code: indicator.code, ytd: c?.ytd ?? null, target, progress: target ? (c?.progress ?? null) : null, band: target ? (c?.band ?? null) : null };
    });
    // Every district lies in the one province, so only communes name their parent.
    const parent = level === "COMMUNE" ? { parentName: l.parentName, parentCode: l.parentCode } : { parentName: null, parentCode: null };
    return { locality: { id: l.id, code: l.code, name: l.name, ...parent }, cells: cellsOfRow, ...fromScore(l) };
  });
  return { periods, period, level, province, indicators, rows };
}

/** A LocalityScore row in the shape of summarise(); a unit without one has no targets that period. */
function fromScore(s: UnitScoreRow) {
  if (s.targets === null || s.met === null || s.targets === 0) return summarise([]);
  const counts: Record<Band, number> = { MET: s.met, ABOVE_70: s.aboveSeventy ?? 0, FROM_50_TO_70: s.fiftyToSeventy ?? 0, BELOW_50: s.belowFifty ?? 0, NO_DATA: s.noData ?? 0 };
  return { targets: s.targets, met: s.met, share: s.targets ? s.met / s.targets : null, averageProgress: s.averageProgress, counts };
}

export type LevelBoard = Awaited<ReturnType<typeof getLevelBoard>>;
type RankKey = (row: LevelBoard["rows"][number]) => number[] | null;

/** Negative when key a ranks before key b: compared element by element, higher first. */
function compareKeys(a: number[], b: number[]): number {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i < 0 ? 0 : (b[i] ?? 0) - (a[i] ?? 0);
}

/** Ranked best first; equal keys share a rank ("1, 2, 2, 4"); rows without a key come last, unranked. */
function rank<T extends LevelBoard["rows"][number]>(rows: T[], key: RankKey) {
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    const order = a.key && b.key ? compareKeys(a.key, b.key) : a.key ? -1 : b.key ? 1 : 0;
    return order || a.row.locality.code.localeCompare(b.row.locality.code);
  });
  // Sorted, a row's rank is one more than the number of rows before the first row with its key (ties share it).
  let firstOfTie = 0;
  return keyed.map(({ row, key: k }, i) => {
    const previous = keyed[i - 1]?.key;
    if (!k) return { ...row, rank: null };
    if (i > 0 && !(previous && compareKeys(previous, k) === 0)) firstOfTie = i;
    return { ...row, rank: firstOfTie + 1 };
  });
}

/**
 * The committee's ranking rule: by share of targets met, ties broken by average capped progress; or, with an
 * indicator named, by that indicator's progress.
 */
export function rankLevelBoard(board: LevelBoard, indicatorCode?: string | null) {
  const indicator = board.indicators.find((i) => i.code === indicatorCode) ?? null;
  const key: RankKey = indicator
    ? (row) => { const p = row.cells.find((c) => c.code === indicator.code)?.progress; return p === null || p === undefined ? null : [p]; }
    : (row) => (row.share === null ? null : [row.share, row.averageProgress ?? 0]);
  return { ...board, indicator, rows: rank(board.rows, key) };
}
