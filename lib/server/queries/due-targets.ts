import "server-only";
import type { Db } from "../db";
import type { Reporter } from "../permissions";

export interface PeriodRef { id: number; year: number; quarter: number }

/**
 * The targets a reporter answers for in a period: a locality reports its own targets; an agency reports
 * the provincial targets it leads. Annual indicators are due only in the year's last quarter.
 */
export async function getDueTargets(db: Pick<Db, "target">, reporter: Reporter, period: PeriodRef) {
  return db.target.findMany({
    where: dueTargetsWhere(reporter, period),
    include: { indicator: { include: { pillar: true } }, locality: true },
    orderBy: [{ indicator: { pillar: { sortOrder: "asc" } } }, { indicator: { sortOrder: "asc" } }],
  });
}

/**
 * The same targets with only what a write checks a value against, in no particular order: a save reads them
 * every time, so the targets and their indicators are read side by side rather than one after the other.
 */
export async function getDueCells(db: Pick<Db, "target" | "indicator">, reporter: Reporter, period: PeriodRef) {
  const where = dueTargetsWhere(reporter, period);
  const [targets, indicators] = await Promise.all([
    db.target.findMany({ where, select: { indicatorId: true, localityId: true } }),
    db.indicator.findMany({
      where: where.indicator,
      select: { id: true, nameVi: true, unit: true, kind: true, numeratorDefinition: true, denominatorDefinition: true },
    }),
  ]);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return targets.flatMap((t) => {
    const indicator = byId.get(t.indicatorId);
    return indicator ? [{ ...t, indicator }] : [];
  });
}

/** What is due, in one place for both reads. */
function dueTargetsWhere(reporter: Reporter, period: PeriodRef) {
  const frequencies = period.quarter === 4 ? (["QUARTERLY", "ANNUAL"] as const) : (["QUARTERLY"] as const);
  return {
    year: period.year,
    indicator: { active: true, frequency: { in: [...frequencies] } },
    ...(reporter.agencyId !== null
      ? { leadAgencyId: reporter.agencyId, locality: { level: "PROVINCE" as const } }
      : { localityId: reporter.localityId ?? -1 }),
  };
}

export type DueTarget = Awaited<ReturnType<typeof getDueTargets>>[number];
export type DueCell = Awaited<ReturnType<typeof getDueCells>>[number];
