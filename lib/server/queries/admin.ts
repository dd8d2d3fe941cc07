import "server-only";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

/** Reference data at a glance for administrators (editing screens arrive with the reform issue). */
export async function getAdminOverview(viewer: Viewer, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const [localities, agencies, indicators, users, periods] = await Promise.all([
    db.locality.groupBy({ by: ["level"], _count: { _all: true } }),
    db.agency.findMany({ orderBy: { name: "asc" }, include: { _count: { select: { targets: true, users: true } } } }),
    db.indicator.groupBy({ by: ["pillarId"], _count: { _all: true } }),
    db.user.groupBy({ by: ["role"], _count: { _all: true } }),
    db.reportingPeriod.findMany({ orderBy: [{ year: "desc" }, { quarter: "desc" }] }),
  ]);
  return {
    localities: Object.fromEntries(localities.map((l) => [l.level, l._count._all])),
    agencies,
    indicatorCount: indicators.reduce((sum, i) => sum + i._count._all, 0),
    users: Object.fromEntries(users.map((u) => [u.role, u._count._all])),
    periods,
  };
}

/** Every reporting period, newest first, for the admin's deadline and lock controls. */
export async function getPeriodsForAdmin(viewer: Viewer, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  return db.reportingPeriod.findMany({
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    select: { id: true, year: true, quarter: true, startsOn: true, deadline: true, status: true, lockedAt: true },
  });
}

export type AdminPeriod = Awaited<ReturnType<typeof getPeriodsForAdmin>>[number];
