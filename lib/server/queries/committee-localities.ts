import "server-only";
import { aggregateYearToDate, type YearToDateAggregate } from "@/lib/aggregation";
import { averageCappedProgress, countBands, type Band, type Comparator } from "@/lib/progress";
import { quarterEnd, quarterStart, quartersOfYearUpTo, type Quarter } from "@/lib/quarters";
import { scoreTargets, type ScoredTargetInput } from "@/lib/scoreboard";
import { yearToDate, type QuarterValue } from "@/lib/year-to-date";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ForbiddenError, NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";
import { asQuarter, pickPeriod } from "./periods";

// The committee's view of districts and communes: APPROVED values only (the latest approved revision),
// like the public scoreboard, each locality against its own targets of the period's year.

export type LocalLevel = "DISTRICT" | "COMMUNE";
type Level = LocalLevel | "PROVINCE";
const LEVELS_BELOW: Record<Level, LocalLevel[]> = { PROVINCE: ["DISTRICT", "COMMUNE"], DISTRICT: ["COMMUNE"], COMMUNE: [] };

interface Published { localityId: number; indicatorId: number; period: Quarter; value: number | null; numerator: number | null; denominator: number | null }
interface Validity { validFrom: Date; validTo: Date | null }

/** A unit counts for a quarter when it existed on any day of it (validTo is exclusive). */
function validDuring(period: Quarter) {
  return (l: Validity) => l.validFrom <= quarterEnd(period) && (l.validTo === null || l.validTo > quarterStart(period));
}

/**
 * Quarters with approved values at these levels, newest first. The default is the latest quarter whose
 * reports at these levels are all approved, else the latest with any approved value.
 */
async function resolvePeriod(db: Db, levels: Level[], periodKey: string | null | undefined) {
  const reporters = [{ locality: { level: { in: levels } } }, ...(levels.includes("PROVINCE") ? [{ agencyId: { not: null } }] : [])];
  const rows = await db.reportingPeriod.findMany({
    where: { actuals: { some: { publishedRevision: { not: null }, locality: { level: { in: levels } } } } },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    select: { year: true, quarter: true, submissions: { where: { status: { not: "APPROVED" }, OR: reporters }, select: { id: true }, take: 1 } },
  });
  const periods = rows.map(asQuarter);
  const complete = rows.find((r) => r.submissions.length === 0);
  const period = pickPeriod(periods, periodKey, complete ? asQuarter(complete) : (periods[0] ?? null));
  return { periods, period };
}

/** Approved values of the period's year up to the period: the latest approved revision of each. */
async function loadPublished(db: Db, localityIds: number[], indicatorIds: number[], period: Quarter): Promise<Published[]> {
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

const indicatorSelect = { id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, direction: true, pillar: { select: { code: true } } } as const;
const indicatorOrder = [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }] as const;

/** Each locality's targets of the year scored with its own year-to-date values (as on the scoreboard). */
async function scoreOwnTargets(db: Db, localityIds: number[], period: Quarter, level: Level | null) {
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

function summarise(rows: { band: Band; progress: number | null }[]) {
  const counts = countBands(rows.map((r) => r.band));
  return { targets: rows.length, met: counts.MET, share: rows.length ? counts.MET / rows.length : null, averageProgress: averageCappedProgress(rows.map((r) => r.progress)), counts };
}

/** One locality × indicator: its year-to-date value, its own target (null when it has none), progress and band. */
export interface Cell { code: string; ytd: number | null; target: { value: number; comparator: Comparator } | null; progress: number | null; band: Band | null }

/** Every locality of a level valid in the period, each indicator of that level scored against its target. */
async function getLevelBoard(viewer: Viewer, level: LocalLevel, periodKey: string | null | undefined, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const { periods, period } = await resolvePeriod(db, [level], periodKey);
  const [indicators, province] = await Promise.all([
    db.indicator.findMany({ where: { active: true, levels: { has: level } }, select: indicatorSelect, orderBy: [...indicatorOrder] }),
    db.locality.findFirst({ where: { level: "PROVINCE", validTo: null }, select: { id: true, name: true }, orderBy: { id: "asc" } }),
  ]);
  if (!period) return { periods, period, level, province, indicators, rows: [] };
  const localities = (await db.locality.findMany({
    where: { level },
    select: { id: true, code: true, name: true, validFrom: true, validTo: true, parent: { select: { name: true } } },
    orderBy: { code: "asc" },
  })).filter(validDuring(period));
  const scored = await scoreOwnTargets(db, localities.map((l) => l.id), period, level);
  const rows = localities.map((l) => {
    const own = scored.get(l.id);
    const cells = indicators.map((indicator): Cell => {
      const row = own?.rows.find((r) => r.indicatorId === indicator.id);
      if (row) {
        const { ytd, targetValue, comparator, progress, band } = row;
        return { code: indicator.code, ytd, target: { value: targetValue, comparator }, progress, band };
      }
      const ytd = yearToDate(indicator.kind, own?.values.get(indicator.id) ?? [], period);
      return { code: indicator.code, ytd, target: null, progress: null, band: null };
    });
    // Every district lies in the one province, so only communes name their parent.
    return { locality: { id: l.id, code: l.code, name: l.name, parentName: level === "COMMUNE" ? (l.parent?.name ?? null) : null }, cells, ...summarise(own?.rows ?? []) };
  });
  return { periods, period, level, province, indicators, rows };
}

type RankKey = (row: { share: number | null; averageProgress: number | null; cells: { code: string; progress: number | null }[] }) => number[] | null;

/** Negative when key a ranks before key b: compared element by element, higher first. */
function compareKeys(a: number[], b: number[]): number {
  const i = a.findIndex((v, j) => v !== b[j]);
  return i < 0 ? 0 : (b[i] ?? 0) - (a[i] ?? 0);
}

/** Ranked best first; equal keys share a rank ("1, 2, 2, 4"); rows without a key come last, unranked. */
function rank<T extends Parameters<RankKey>[0] & { locality: { code: string } }>(rows: T[], key: RankKey) {
  const keyed = rows.map((row) => ({ row, key: key(row) }));
  keyed.sort((a, b) => {
    const order = a.key && b.key ? compareKeys(a.key, b.key) : a.key ? -1 : b.key ? 1 : 0;
    return order || a.row.locality.code.localeCompare(b.row.locality.code);
  });
  return keyed.map(({ row, key: k }) => ({ ...row, rank: k ? 1 + keyed.filter((o) => o.key && compareKeys(o.key, k) < 0).length : null }));
}

/** Localities of a level ranked by share of targets met (ties broken by average capped progress), or by one indicator's progress. */
export async function getLocalityRanking(viewer: Viewer, options: { periodKey: string | null | undefined; level: LocalLevel; indicatorCode?: string | null }, db: Db) {
  const board = await getLevelBoard(viewer, options.level, options.periodKey, db);
  const indicator = board.indicators.find((i) => i.code === options.indicatorCode) ?? null;
  const key: RankKey = indicator
    ? (row) => { const p = row.cells.find((c) => c.code === indicator.code)?.progress; return p === null || p === undefined ? null : [p]; }
    : (row) => (row.share === null ? null : [row.share, row.averageProgress ?? 0]);
  return { ...board, indicator, rows: rank(board.rows, key) };
}

/** Localities × indicators of a level: band, progress and value per cell, grouped by parent. */
export async function getHeatMap(viewer: Viewer, options: { periodKey: string | null | undefined; level: LocalLevel }, db: Db) {
  return getLevelBoard(viewer, options.level, options.periodKey, db);
}

/** The units below a locality at a level, walked through the whole tree (a commune outlives its district). */
function descendantsAt<T extends { id: number; parentId: number | null; level: Level }>(all: T[], rootId: number, level: LocalLevel): T[] {
  const found: T[] = [];
  let frontier = [rootId];
  while (frontier.length > 0) {
    const next = all.filter((l) => l.parentId !== null && frontier.includes(l.parentId));
    found.push(...next.filter((l) => l.level === level));
    frontier = next.map((l) => l.id);
  }
  return found;
}

/**
 * One locality for the committee: its own approved values against its own targets; for a district or the
 * province, the aggregate of the lower-level indicators over its units (lib/aggregation, with method and
 * coverage); and its direct units with their share of targets met.
 */
export async function getLocalityDetail(viewer: Viewer, localityId: number, periodKey: string | null | undefined, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy địa phương.");
  const locality = await db.locality.findUnique({
    where: { id: localityId },
    select: { id: true, code: true, name: true, level: true, type: true, population: true, validFrom: true, validTo: true, parent: { select: { id: true, name: true } } },
  });
  if (!locality) throw new NotFoundError("Không tìm thấy địa phương.");
  const below = LEVELS_BELOW[locality.level];
  const { periods, period } = await resolvePeriod(db, [locality.level, ...below], periodKey);
  if (!period) return { locality, periods, period, own: [], summary: summarise([]), aggregates: [], children: [] };

  const all = await db.locality.findMany({ select: { id: true, code: true, name: true, level: true, parentId: true, validFrom: true, validTo: true, population: true } });
  const children = all.filter((l) => l.parentId === locality.id).filter(validDuring(period)).sort((a, b) => a.code.localeCompare(b.code));
  const scored = await scoreOwnTargets(db, [locality.id, ...children.map((c) => c.id)], period, null);
  const own = scored.get(locality.id)?.rows ?? [];

  const aggregates = [];
  for (const level of below) {
    const units = descendantsAt(all, locality.id, level).filter(validDuring(period));
    const indicators = await db.indicator.findMany({ where: { active: true, levels: { has: level } }, select: indicatorSelect, orderBy: [...indicatorOrder] });
    const published = await loadPublished(db, units.map((u) => u.id), indicators.map((i) => i.id), period);
    for (const indicator of indicators) {
      const quarters = quartersOfYearUpTo(period).map((q) => ({
        period: q,
        children: units.map((u) => {
          const p = published.find((x) => x.localityId === u.id && x.indicatorId === indicator.id && x.period.quarter === q.quarter);
          return { value: p?.value ?? null, numerator: p?.numerator ?? null, denominator: p?.denominator ?? null, weight: u.population };
        }),
      }));
      const { id, code, nameVi, nameEn, unit, kind } = indicator;
      aggregates.push({ indicatorId: id, code, nameVi, nameEn, unit, kind, level, ...aggregateYearToDate(kind, unit, quarters, period) });
    }
  }
  const childRows = children.map((c) => ({ id: c.id, code: c.code, name: c.name, level: c.level, ...summarise(scored.get(c.id)?.rows ?? []) }));
  return { locality, periods, period, own, summary: summarise(own), aggregates, children: childRows };
}

export type LocalityDetail = Awaited<ReturnType<typeof getLocalityDetail>>;
export type LocalityRanking = Awaited<ReturnType<typeof getLocalityRanking>>;
export type HeatMap = Awaited<ReturnType<typeof getHeatMap>>;
export type AggregateRow = LocalityDetail["aggregates"][number];
export type { YearToDateAggregate };
