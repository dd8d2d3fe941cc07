import "server-only";
import type { Db } from "../db";
import type { Reporter } from "../permissions";

export interface PeriodRef { id: number; year: number; quarter: number }

/**
 * The targets a reporter answers for in a period: a locality reports its own targets; an agency reports
 * the provincial targets it leads. Annual indicators are due only in the year's last quarter.
 */
export async function getDueTargets(db: Pick<Db, "target">, reporter: Reporter, period: PeriodRef) {
  const frequencies = period.quarter === 4 ? (["QUARTERLY", "ANNUAL"] as const) : (["QUARTERLY"] as const);
  return db.target.findMany({
    where: {
      year: period.year,
      indicator: { active: true, frequency: { in: [...frequencies] } },
      ...(reporter.agencyId !== null
        ? { leadAgencyId: reporter.agencyId, locality: { level: "PROVINCE" } }
        : { localityId: reporter.localityId ?? -1 }),
    },
    include: { indicator: { include: { pillar: true } }, locality: true },
    orderBy: [{ indicator: { pillar: { sortOrder: "asc" } } }, { indicator: { sortOrder: "asc" } }],
  });
}

export type DueTarget = Awaited<ReturnType<typeof getDueTargets>>[number];
