import "server-only";
import { aggregateYearToDate, type YearToDateAggregate } from "@/lib/aggregation";
import { quartersOfYearUpTo } from "@/lib/quarters";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";
import {
  getLevelBoard, indicatorOrder, indicatorSelect, loadPublished, rankLevelBoard, resolvePeriod, scoreOwnTargets, summarise, validDuring,
  type Level, type LocalLevel,
} from "./level-board";

// The committee's view of districts and communes: APPROVED values only (the latest approved revision),
// like the public scoreboard, each locality against its own targets of the period's year. The scoring and
// ranking live in level-board.ts, shared with the public pages; here they are gated to reviewers.

export type { Cell, LocalLevel } from "./level-board";
const LEVELS_BELOW: Record<Level, LocalLevel[]> = { PROVINCE: ["DISTRICT", "COMMUNE"], DISTRICT: ["COMMUNE"], COMMUNE: [] };

/** Localities of a level ranked by share of targets met (ties broken by average capped progress), or by one indicator's progress. */
export async function getLocalityRanking(
  viewer: Viewer, options: { periodKey: string | null | undefined; level: LocalLevel; indicatorCode?: string | null; cells?: "all" | "ranked" }, db: Db,
) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  // The ranking table shows one indicator's cells at most; an export shows them all.
  const scope = options.cells === "ranked" ? { indicatorCodes: options.indicatorCode ? [options.indicatorCode] : [] } : {};
  return rankLevelBoard(await getLevelBoard(db, options.level, options.periodKey, scope), options.indicatorCode);
}

/** Localities × indicators of a level (all, or those under one province): band, progress and value per cell, grouped by parent. */
export async function getHeatMap(viewer: Viewer, options: { periodKey: string | null | undefined; level: LocalLevel; provinceId?: number }, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  return getLevelBoard(db, options.level, options.periodKey, options.provinceId === undefined ? {} : { provinceId: options.provinceId });
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
