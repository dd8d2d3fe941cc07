import "server-only";
import { quarterEnd, quarterStart, type Quarter } from "@/lib/quarters";
import type { Comparator, Direction, IndicatorKind, IndicatorUnit, ScoreBand } from "@/generated/prisma/enums";
import type { Db } from "../db";

// The two reads behind every level board, each one statement on the score summary (services/score-summary.ts):
// the units of a level valid in a quarter with their LocalityScore, and their ScoreCells for some indicators.
// Plain SQL because the board is the committee's and the public's busiest read at national scale: one round trip
// each, run side by side, with the unit filter (level, validity, province) evaluated next to the summary's key.

export interface UnitScoreRow {
  id: number; code: string; name: string; parentCode: string | null; parentName: string | null;
  targets: number | null; met: number | null; aboveSeventy: number | null; fiftyToSeventy: number | null; belowFifty: number | null; noData: number | null; averageProgress: number | null;
}
export interface CellRow { localityId: number; indicatorId: number; ytd: number | null; targetValue: number | null; comparator: Comparator | null; progress: number | null; band: ScoreBand | null }

interface UnitFilter { level: "DISTRICT" | "COMMUNE"; periodId: number; period: Quarter; provinceId?: number }

export function loadUnitScores(db: Db, f: UnitFilter): Promise<UnitScoreRow[]> {
  const province = f.provinceId ?? null;
  return db.$queryRaw<UnitScoreRow[]>`
    SELECT l.id, l.code, l.name, pl.code AS "parentCode", pl.name AS "parentName",
           s.targets, s.met, s."aboveSeventy", s."fiftyToSeventy", s."belowFifty", s."noData", s."averageProgress"
    FROM "Locality" l
    LEFT JOIN "Locality" pl ON pl.id = l."parentId"
    LEFT JOIN "LocalityScore" s ON s."localityId" = l.id AND s."periodId" = ${f.periodId}
    WHERE l.level = ${f.level}::"LocalityLevel" AND l."validFrom" <= ${quarterEnd(f.period)} AND (l."validTo" IS NULL OR l."validTo" > ${quarterStart(f.period)})
      AND (${province}::int IS NULL OR l."parentId" = ${province}::int OR pl."parentId" = ${province}::int)
    ORDER BY l.code`;
}

export function loadUnitCells(db: Db, f: UnitFilter, indicatorIds: number[]): Promise<CellRow[]> {
  const province = f.provinceId ?? null;
  return db.$queryRaw<CellRow[]>`
    SELECT c."localityId", c."indicatorId", c.ytd, c."targetValue", c.comparator, c.progress, c.band
    FROM "ScoreCell" c
    JOIN "Locality" l ON l.id = c."localityId"
    LEFT JOIN "Locality" pl ON pl.id = l."parentId"
    WHERE c."periodId" = ${f.periodId} AND c."indicatorId" = ANY(${indicatorIds}::int[])
      AND l.level = ${f.level}::"LocalityLevel" AND l."validFrom" <= ${quarterEnd(f.period)} AND (l."validTo" IS NULL OR l."validTo" > ${quarterStart(f.period)})
      AND (${province}::int IS NULL OR l."parentId" = ${province}::int OR pl."parentId" = ${province}::int)`;
}

interface IndicatorRow { id: number; code: string; nameVi: string; nameEn: string; unit: IndicatorUnit; kind: IndicatorKind; direction: Direction; pillarCode: string }

/** The indicators in use at a level, in pillar then catalogue order, shaped like level-board's indicatorSelect. */
export async function loadLevelIndicators(db: Db, level: "DISTRICT" | "COMMUNE") {
  const rows = await db.$queryRaw<IndicatorRow[]>`
    SELECT i.id, i.code, i."nameVi", i."nameEn", i.unit, i.kind, i.direction, p.code AS "pillarCode"
    FROM "Indicator" i JOIN "Pillar" p ON p.id = i."pillarId"
    WHERE i.active AND ${level}::"LocalityLevel" = ANY(i.levels)
    ORDER BY p."sortOrder", i."sortOrder", i.id`;
  return rows.map(({ pillarCode, ...rest }) => ({ ...rest, pillar: { code: pillarCode } }));
}
