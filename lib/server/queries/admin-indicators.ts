import "server-only";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

/** Pillars in order, each with its indicators (active or not), their lead agency and how many method changes they have. */
export async function getIndicatorsForAdmin(viewer: Viewer, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  return db.pillar.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      id: true, code: true, nameVi: true, nameEn: true,
      indicators: {
        orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        select: {
          id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, levels: true, active: true,
          leadAgency: { select: { shortName: true } }, _count: { select: { methodChanges: true } },
        },
      },
    },
  });
}

export type AdminPillar = Awaited<ReturnType<typeof getIndicatorsForAdmin>>[number];

/** One indicator for its edit screen: its fields, its method changes (newest first) and the agencies that may lead it. */
export async function getIndicatorForAdmin(viewer: Viewer, indicatorId: number, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const indicator = await db.indicator.findUnique({
    where: { id: indicatorId },
    select: {
      id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, levels: true, definition: true,
      numeratorDefinition: true, denominatorDefinition: true, source: true, leadAgencyId: true, active: true,
      pillar: { select: { nameVi: true, nameEn: true } },
      methodChanges: { orderBy: { effectiveFrom: "desc" }, select: { id: true, effectiveFrom: true, descriptionVi: true, descriptionEn: true } },
    },
  });
  if (!indicator) throw new NotFoundError("Không tìm thấy chỉ tiêu.");
  // The current lead stays choosable even if it has since been deactivated, so saving other fields does not fail.
  const agencies = await db.agency.findMany({
    where: { OR: [{ active: true }, ...(indicator.leadAgencyId !== null ? [{ id: indicator.leadAgencyId }] : [])] },
    orderBy: { name: "asc" }, select: { id: true, name: true },
  });
  return { indicator, agencies };
}

export type AdminIndicatorDetail = Awaited<ReturnType<typeof getIndicatorForAdmin>>;
