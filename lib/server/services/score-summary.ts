import "server-only";
import { chunks, groupBy } from "@/lib/collections";
import type { Prisma } from "@/generated/prisma/client";
import { scoreTargets, type ScoredTargetInput } from "@/lib/scoreboard";
import { yearToDate, type QuarterValue } from "@/lib/year-to-date";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { summarise } from "../queries/level-board";

// The score summary (ScoreCell, LocalityScore) holds what the ranking and the heat map show, computed with the same
// domain rules as every other view (lib/scoreboard, lib/year-to-date). It is derived data: refreshScores rebuilds it for
// a set of localities and years, and each write that can move a score calls it in its own transaction — approving
// values (declared, corrected or measured), changing targets, changing how an indicator is scored. Nothing else may
// write these tables, so a refresh is always a delete and a re-insert of whole locality-years.

type Writer = Db | Prisma.TransactionClient;
export interface ScoreScope { localityIds: number[]; years: number[] }

interface PublishedRow { localityId: number; indicatorId: number; year: number; quarter: number; value: number | null }
interface CellRow { periodId: number; localityId: number; indicatorId: number; ytd: number | null; targetId: number | null; targetValue: number | null; comparator: string | null; progress: number | null; band: string | null }
interface LocalityRow { periodId: number; localityId: number; targets: number; met: number; aboveSeventy: number; fiftyToSeventy: number; belowFifty: number; noData: number; averageProgress: number | null; approvedValues: number }

/** Rebuilds the summary of these localities in these years; call it inside the transaction that changed their scores. */
export async function refreshScores(db: Writer, scope: ScoreScope): Promise<{ cells: number; localities: number }> {
  const localityIds = [...new Set(scope.localityIds)];
  const years = [...new Set(scope.years)];
  if (localityIds.length === 0 || years.length === 0) return { cells: 0, localities: 0 };
  const [periods, localities, targets, indicators, published] = await Promise.all([
    db.reportingPeriod.findMany({ where: { year: { in: years } }, select: { id: true, year: true, quarter: true } }),
    db.locality.findMany({ where: { id: { in: localityIds } }, select: { id: true, level: true } }),
    db.target.findMany({ where: { localityId: { in: localityIds }, year: { in: years } }, select: { id: true, indicatorId: true, localityId: true, year: true, value: true, comparator: true, baseline: true } }),
    db.indicator.findMany({ select: { id: true, kind: true, direction: true, active: true, levels: true, pillar: { select: { code: true } } } }),
    db.$queryRaw<PublishedRow[]>`
      SELECT a."localityId", a."indicatorId", p.year, p.quarter, r.value::float8 AS value
      FROM "Actual" a
      JOIN "ReportingPeriod" p ON p.id = a."periodId"
      JOIN "ActualRevision" r ON r."actualId" = a.id AND r.revision = a."publishedRevision"
      WHERE a."localityId" = ANY(${localityIds}::int[]) AND p.year = ANY(${years}::int[])`,
  ]);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const levelOf = new Map(localities.map((l) => [l.id, l.level]));
  const targetsOf = groupBy(targets, (t) => `${t.localityId}|${t.year}`);
  const valuesOf = groupBy(published, (v) => `${v.localityId}|${v.year}`);
  const cells: CellRow[] = [];
  const scores: LocalityRow[] = [];

  for (const localityId of localityIds) {
    for (const period of periods) {
      const key = `${localityId}|${period.year}`;
      const quarter = { year: period.year, quarter: period.quarter as 1 | 2 | 3 | 4 };
      const values = new Map<number, QuarterValue[]>();
      for (const v of valuesOf.get(key) ?? []) {
        if (v.quarter > period.quarter) continue;
        values.set(v.indicatorId, [...(values.get(v.indicatorId) ?? []), { period: { year: v.year, quarter: v.quarter as 1 | 2 | 3 | 4 }, value: v.value }]);
      }
      const own = targetsOf.get(key) ?? [];
      const inputs: ScoredTargetInput[] = own.flatMap((t) => {
        const indicator = indicatorById.get(t.indicatorId);
        if (!indicator) return [];
        return [{
          targetId: t.id, indicatorId: t.indicatorId, pillarCode: indicator.pillar.code, kind: indicator.kind, year: t.year,
          spec: { value: toNumber(t.value) ?? 0, comparator: t.comparator, direction: indicator.direction, baseline: toNumber(t.baseline) },
        }];
      });
      const scored = scoreTargets(inputs, values, quarter);
      const byTarget = new Map(own.map((t) => [t.id, t]));
      for (const s of scored) {
        const t = byTarget.get(s.targetId);
        cells.push({ periodId: period.id, localityId, indicatorId: s.indicatorId, ytd: s.ytd, targetId: s.targetId, targetValue: toNumber(t?.value) ?? 0, comparator: t?.comparator ?? null, progress: s.progress, band: s.band });
      }
      const withTarget = new Set(scored.map((s) => s.indicatorId));
      for (const [indicatorId, list] of values) {
        const indicator = indicatorById.get(indicatorId);
        if (withTarget.has(indicatorId) || !indicator) continue;
        const ytd = yearToDate(indicator.kind, list, quarter);
        if (ytd !== null) cells.push({ periodId: period.id, localityId, indicatorId, ytd, targetId: null, targetValue: null, comparator: null, progress: null, band: null });
      }
      // The ranking counts a unit's targets of indicators that are active and reported at its level (as the boards do).
      const level = levelOf.get(localityId);
      const counted = scored.filter((s) => { const i = indicatorById.get(s.indicatorId); return i?.active && level !== undefined && i.levels.includes(level); });
      const approvedValues = (valuesOf.get(key) ?? []).filter((v) => v.quarter === period.quarter).length;
      if (counted.length === 0 && approvedValues === 0) continue;
      const summary = summarise(counted);
      scores.push({
        periodId: period.id, localityId, targets: summary.targets, met: summary.counts.MET, aboveSeventy: summary.counts.ABOVE_70,
        fiftyToSeventy: summary.counts.FROM_50_TO_70, belowFifty: summary.counts.BELOW_50, noData: summary.counts.NO_DATA, averageProgress: summary.averageProgress,
        approvedValues,
      });
    }
  }
  const periodIds = periods.map((p) => p.id);
  await db.$executeRaw`DELETE FROM "ScoreCell" WHERE "localityId" = ANY(${localityIds}::int[]) AND "periodId" = ANY(${periodIds}::int[])`;
  await db.$executeRaw`DELETE FROM "LocalityScore" WHERE "localityId" = ANY(${localityIds}::int[]) AND "periodId" = ANY(${periodIds}::int[])`;
  for (const chunk of chunks(cells, 20_000)) await insertCells(db, chunk);
  for (const chunk of chunks(scores, 20_000)) await insertScores(db, chunk);
  return { cells: cells.length, localities: scores.length };
}

/** Rebuilds the whole summary (seed, bulk loads, repairs), a slice of localities at a time. */
export async function rebuildAllScores(db: Db, onProgress: (done: number, total: number) => void = () => undefined): Promise<{ cells: number; localities: number }> {
  const [localities, periods] = await Promise.all([
    db.locality.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.reportingPeriod.findMany({ distinct: ["year"], select: { year: true } }),
  ]);
  const years = periods.map((p) => p.year);
  const total = { cells: 0, localities: 0 };
  let done = 0;
  for (const slice of chunks(localities.map((l) => l.id), 100)) {
    const counted = await db.$transaction((tx) => refreshScores(tx, { localityIds: slice, years }), { timeout: 600_000 });
    total.cells += counted.cells;
    total.localities += counted.localities;
    done += slice.length;
    onProgress(done, localities.length);
  }
  return total;
}

/** Localities whose scores an indicator's change moves: every unit with a target or an approved value for it. */
export async function refreshScoresOfIndicator(db: Writer, indicatorId: number): Promise<void> {
  const rows = await db.$queryRaw<{ localityId: number; year: number }[]>`
    SELECT DISTINCT "localityId", year FROM "Target" WHERE "indicatorId" = ${indicatorId}
    UNION SELECT DISTINCT a."localityId", p.year FROM "Actual" a JOIN "ReportingPeriod" p ON p.id = a."periodId"
      WHERE a."indicatorId" = ${indicatorId} AND a."publishedRevision" IS NOT NULL`;
  for (const [year, list] of groupBy(rows, (r) => String(r.year))) {
    await refreshScores(db, { localityIds: list.map((r) => r.localityId), years: [Number(year)] });
  }
}

function insertCells(db: Writer, rows: CellRow[]) {
  const col = <K extends keyof CellRow>(k: K) => rows.map((r) => r[k]);
  return db.$executeRaw`
    INSERT INTO "ScoreCell" ("periodId", "localityId", "indicatorId", ytd, "targetId", "targetValue", comparator, progress, band)
    SELECT p, l, i, y, t, tv, c::"Comparator", pr, b::"ScoreBand"
    FROM unnest(${col("periodId")}::int[], ${col("localityId")}::int[], ${col("indicatorId")}::int[], ${col("ytd")}::float8[],
      ${col("targetId")}::int[], ${col("targetValue")}::float8[], ${col("comparator")}::text[], ${col("progress")}::float8[], ${col("band")}::text[])
      AS u(p, l, i, y, t, tv, c, pr, b)`;
}

function insertScores(db: Writer, rows: LocalityRow[]) {
  const col = <K extends keyof LocalityRow>(k: K) => rows.map((r) => r[k]);
  return db.$executeRaw`
    INSERT INTO "LocalityScore" ("periodId", "localityId", targets, met, "aboveSeventy", "fiftyToSeventy", "belowFifty", "noData", "averageProgress", "approvedValues")
    SELECT * FROM unnest(${col("periodId")}::int[], ${col("localityId")}::int[], ${col("targets")}::int[], ${col("met")}::int[],
      ${col("aboveSeventy")}::int[], ${col("fiftyToSeventy")}::int[], ${col("belowFifty")}::int[], ${col("noData")}::int[], ${col("averageProgress")}::float8[],
      ${col("approvedValues")}::int[])`;
}
