import "server-only";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

/** Every agency, active ones first, with what depends on it (indicators led, targets, officers). */
export async function getAgenciesForAdmin(viewer: Viewer, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  return db.agency.findMany({
    orderBy: [{ active: "desc" }, { name: "asc" }],
    select: {
      id: true, code: true, name: true, shortName: true, active: true,
      _count: { select: { indicators: true, targets: true, users: { where: { active: true } } } },
    },
  });
}

export type AdminAgency = Awaited<ReturnType<typeof getAgenciesForAdmin>>[number];
