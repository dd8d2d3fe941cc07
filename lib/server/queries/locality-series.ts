import "server-only";
import type { Comparator, LocalityChangeKind } from "@/generated/prisma/enums";
import { currentSuccessors, existsAt, reexpress, reexpressRule, traceLineage, type LineageLink, type Reexpressed } from "@/lib/lineage";
import { compareQuarters, quarterKey, quarterOf, quartersBetween, quarterStart, type Quarter } from "@/lib/quarters";
import { yearToDate } from "@/lib/year-to-date";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";

// One locality's history in today's boundaries, for the committee. Approved values only (the latest
// revision of actuals with a published revision), like every committee and public figure. Each quarter is
// shown twice: as reported by the units that existed then and feed this locality, and re-expressed with the
// lineage weights (lib/lineage.ts). Map changes and method changes on the way are series breaks.

const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const unitSelect = { id: true, code: true, name: true, level: true, population: true, validFrom: true, validTo: true, parentId: true } as const;

export interface ReportedPart {
  unitId: number; code: string; name: string; weight: number; self: boolean;
  value: number | null; numerator: number | null; denominator: number | null;
}
export interface SeriesQuarter {
  period: Quarter; key: string;
  reported: ReportedPart[];
  reexpressed: Reexpressed;
  /** The re-expressed year-to-date figure (FLOW sums the year's quarters; other kinds equal the quarter). */
  yearToDate: number | null;
}
export interface SeriesChange { changeId: number; kind: LocalityChangeKind; effectiveDate: string; period: Quarter; decision: string }
export interface SeriesMethodChange { effectiveFrom: string; period: Quarter; descriptionVi: string; descriptionEn: string }

/**
 * The series of `indicatorCode` (default: the first indicator of the locality's level) for a locality:
 * every quarter with an approved value among the units feeding it. Not found for viewers other than the
 * committee and admins, and for unknown localities.
 */
export async function getLocalitySeries(viewer: Viewer, localityId: number, indicatorCode: string | null | undefined, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy địa phương.");
  const locality = await db.locality.findUnique({ where: { id: localityId }, select: unitSelect });
  if (!locality) throw new NotFoundError("Không tìm thấy địa phương.");

  const indicators = await db.indicator.findMany({
    where: { active: true, levels: { has: locality.level } },
    select: { id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, levels: true },
    orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }],
  });
  const indicator = indicators.find((i) => i.code === indicatorCode) ?? indicators[0] ?? null;
  const choices = indicators.map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn }));

  const linkRows = await db.localityLink.findMany({
    select: { predecessorId: true, successorId: true, share: true, change: { select: { id: true, kind: true, effectiveDate: true, decision: true } } },
  });
  const links: (LineageLink & { changeId: number })[] = linkRows.map((l) => ({
    predecessorId: l.predecessorId, successorId: l.successorId, share: Number(l.share), effectiveDate: isoDate(l.change.effectiveDate), changeId: l.change.id,
  }));
  const lineage = traceLineage(links, locality.id);
  const ended = locality.validTo ? await whereItWent(db, locality.id, locality.validTo, links) : null;
  const base = { locality: { ...locality, validFrom: isoDate(locality.validFrom), validTo: locality.validTo ? isoDate(locality.validTo) : null }, ended, indicators: choices };
  if (!indicator) return { ...base, indicator: null, rule: null, quarters: [], changes: [], methodChanges: [], targets: [], chart: chartPoints([], [], [], []) };

  const changeIds = new Set(lineage.links.map((l) => l.changeId));
  const changes: SeriesChange[] = linkRows
    .filter((l) => changeIds.has(l.change.id))
    .map((l) => l.change)
    .filter((c, i, all) => all.findIndex((x) => x.id === c.id) === i)
    .map((c) => ({ changeId: c.id, kind: c.kind, effectiveDate: isoDate(c.effectiveDate), period: quarterOf(c.effectiveDate), decision: c.decision }))
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.changeId - b.changeId);

  // Only units of a level the indicator is reported at are expected to report it (a district feeding a
  // commune through a reform does not report commune indicators).
  const units = (await db.locality.findMany({ where: { id: { in: [...lineage.weights.keys()] } }, select: unitSelect }))
    .filter((u) => indicator.levels.includes(u.level) && (lineage.weights.get(u.id) ?? 0) > 0);
  const quarters = await seriesQuarters(db, indicator, units, lineage.weights, locality.id);

  const [methodRows, targetRows] = await Promise.all([
    db.indicatorMethodChange.findMany({ where: { indicatorId: indicator.id }, orderBy: { effectiveFrom: "asc" } }),
    db.target.findMany({ where: { indicatorId: indicator.id, localityId: locality.id }, orderBy: { year: "asc" }, select: { year: true, value: true, comparator: true } }),
  ]);
  const methodChanges: SeriesMethodChange[] = methodRows.map((m) => ({
    effectiveFrom: isoDate(m.effectiveFrom), period: quarterOf(m.effectiveFrom), descriptionVi: m.descriptionVi, descriptionEn: m.descriptionEn,
  }));
  const targets: { year: number; value: number; comparator: Comparator }[] = targetRows.map((t) => ({ year: t.year, value: toNumber(t.value) ?? 0, comparator: t.comparator }));
  const { id, code, nameVi, nameEn, unit, kind } = indicator;
  const chart = chartPoints(quarters, changes, methodChanges, targets);
  return { ...base, indicator: { id, code, nameVi, nameEn, unit, kind }, rule: reexpressRule(kind, unit), quarters, changes, methodChanges, targets, chart };
}

/**
 * The chart's quarters: from the first quarter with data to the last quarter with data or a break, so a
 * reform just after the last report still shows; gaps stay empty. The value is the year-to-date figure,
 * comparable with the annual target (for every kind but FLOW it is the quarter's own figure).
 */
function chartPoints(quarters: SeriesQuarter[], changes: SeriesChange[], methodChanges: SeriesMethodChange[], targets: { year: number; value: number }[]) {
  const first = quarters[0]?.period;
  const lastData = quarters[quarters.length - 1]?.period;
  if (!first || !lastData) return { points: [], breaks: [] };
  const allBreaks = [
    ...changes.map((c) => ({ period: c.period, kind: "map" as const })),
    ...methodChanges.map((m) => ({ period: m.period, kind: "method" as const })),
  ].filter((b) => compareQuarters(b.period, first) > 0);
  const last = allBreaks.reduce((latest, b) => (compareQuarters(b.period, latest) > 0 ? b.period : latest), lastData);
  const points = quartersBetween(first, last).map((period) => ({
    period,
    value: quarters.find((q) => compareQuarters(q.period, period) === 0)?.yearToDate ?? null,
    target: targets.find((t) => t.year === period.year)?.value ?? null,
  }));
  const breaks = allBreaks.filter((b, i) => allBreaks.findIndex((x) => x.kind === b.kind && compareQuarters(x.period, b.period) === 0) === i);
  return { points, breaks };
}

export type LocalitySeries = Awaited<ReturnType<typeof getLocalitySeries>>;

type SeriesIndicator = { id: number; unit: Parameters<typeof reexpress>[1]; kind: Parameters<typeof reexpress>[0] };
type Unit = { id: number; code: string; name: string; population: number | null; validFrom: Date; validTo: Date | null };

async function seriesQuarters(db: Db, indicator: SeriesIndicator, units: Unit[], weights: Map<number, number>, selfId: number): Promise<SeriesQuarter[]> {
  const actuals = await db.actual.findMany({
    where: { indicatorId: indicator.id, localityId: { in: units.map((u) => u.id) }, publishedRevision: { not: null } },
    select: {
      localityId: true, period: { select: { year: true, quarter: true } },
      revisions: { orderBy: { revision: "desc" }, take: 1, select: { value: true, numerator: true, denominator: true } },
    },
  });
  const approved = actuals.map((a) => ({
    localityId: a.localityId, period: { year: a.period.year, quarter: a.period.quarter as Quarter["quarter"] },
    value: toNumber(a.revisions[0]?.value), numerator: toNumber(a.revisions[0]?.numerator), denominator: toNumber(a.revisions[0]?.denominator),
  })).filter((a) => a.value !== null);
  const periods = [...new Map(approved.map((a) => [quarterKey(a.period), a.period])).values()].sort(compareQuarters);

  const rows = periods.map((period) => {
    const start = isoDate(quarterStart(period));
    const reported: ReportedPart[] = units
      .filter((u) => existsAt({ validFrom: isoDate(u.validFrom), validTo: u.validTo ? isoDate(u.validTo) : null }, start))
      .map((u) => {
        const a = approved.find((x) => x.localityId === u.id && compareQuarters(x.period, period) === 0);
        return { unitId: u.id, code: u.code, name: u.name, weight: weights.get(u.id) ?? 0, self: u.id === selfId, value: a?.value ?? null, numerator: a?.numerator ?? null, denominator: a?.denominator ?? null };
      })
      .sort((a, b) => Number(b.self) - Number(a.self) || a.code.localeCompare(b.code));
    const population = (id: number) => units.find((u) => u.id === id)?.population ?? null;
    const reexpressed = reexpress(indicator.kind, indicator.unit, reported.map((r) => ({ ...r, population: population(r.unitId) })));
    return { period, key: quarterKey(period), reported, reexpressed };
  });
  return rows.map((row) => ({
    ...row,
    yearToDate: yearToDate(indicator.kind, rows.map((r) => ({ period: r.period, value: r.reexpressed.value })), row.period),
  }));
}

/** For a unit that ended: the units carrying it on today, through its own links or, for an abolished district, its communes'. */
async function whereItWent(db: Db, unitId: number, validTo: Date, links: LineageLink[]) {
  const current = await db.locality.findMany({ where: { validTo: null }, select: { id: true, code: true, name: true } });
  const isCurrent = (id: number) => current.some((c) => c.id === id);
  let ids = currentSuccessors(links, unitId, isCurrent).filter((id) => id !== unitId);
  if (ids.length === 0) {
    const dayBefore = new Date(validTo.getTime() - 24 * 60 * 60 * 1000);
    const children = await db.locality.findMany({
      where: { parentId: unitId, validFrom: { lte: dayBefore }, OR: [{ validTo: null }, { validTo: { gt: dayBefore } }] }, select: { id: true },
    });
    ids = [...new Set(children.flatMap((c) => currentSuccessors(links, c.id, isCurrent)))];
  }
  const successors = current.filter((c) => ids.includes(c.id)).sort((a, b) => a.code.localeCompare(b.code));
  return { validTo: isoDate(validTo), successors };
}
