import "server-only";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

/**
 * The catalogue screen: every indicator with its national code (none = the province's own), the recorded method
 * deviations, and the indicators and localities a new deviation may name
 * — localities in force today, since a deviation describes how a unit measures now.
 */
export async function getCatalogueForAdmin(viewer: Viewer, db: Db, today: Date) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const [indicators, deviations, localities] = await Promise.all([
    db.indicator.findMany({
      orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }],
      select: {
        id: true, code: true, nameVi: true, nameEn: true, active: true, catalogueCode: true, catalogueFormula: true,
        pillar: { select: { code: true } }, _count: { select: { deviations: true } },
      },
    }),
    db.methodDeviation.findMany({
      select: {
        id: true, description: true, recordedAt: true, localityId: true,
        indicator: { select: { code: true, nameVi: true, nameEn: true } }, locality: { select: { name: true } },
      },
    }),
    db.locality.findMany({
      where: { validFrom: { lte: today }, OR: [{ validTo: null }, { validTo: { gt: today } }] },
      orderBy: [{ level: "asc" }, { name: "asc" }],
      select: { id: true, name: true, level: true },
    }),
  ]);
  // By indicator; within one, the province's own deviation before its localities'.
  deviations.sort((a, b) => a.indicator.code.localeCompare(b.indicator.code) || Number(a.localityId !== null) - Number(b.localityId !== null) || a.id - b.id);
  return { indicators, deviations, localities };
}

export type AdminCatalogue = Awaited<ReturnType<typeof getCatalogueForAdmin>>;
export type AdminCatalogueIndicator = AdminCatalogue["indicators"][number];
export type AdminMethodDeviation = AdminCatalogue["deviations"][number];
