import "server-only";
import type { LocalityLevel } from "@/generated/prisma/enums";
import { toNumber } from "../decimal";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";

export interface TargetFilters { year: number; indicatorId: number | null; level: LocalityLevel | null }

const isoDate = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const targetSelect = {
  id: true, year: true, value: true, comparator: true, baseline: true, deadline: true, note: true, cascadeRule: true, overridden: true, cascadedFromId: true, leadAgencyId: true,
  indicator: { select: { id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, levels: true } },
  locality: { select: { id: true, code: true, name: true, level: true, validTo: true } },
  leadAgency: { select: { shortName: true } },
} as const;

type TargetRow = Awaited<ReturnType<typeof loadTargets>>[number];
function loadTargets(db: Db, where: object) {
  return db.target.findMany({ where, select: targetSelect, orderBy: [{ indicator: { code: "asc" } }, { locality: { level: "asc" } }, { locality: { code: "asc" } }] });
}

/** Plain numbers and date strings, so rows pass to client components as they are. */
function toView(t: TargetRow) {
  return {
    ...t, value: toNumber(t.value) ?? 0, baseline: toNumber(t.baseline), deadline: isoDate(t.deadline),
    locality: { ...t.locality, validTo: isoDate(t.locality.validTo) },
  };
}

export type AdminTarget = ReturnType<typeof toView>;

/** Targets of one year, optionally of one indicator and one level, with the choices the filters offer. */
export async function getTargetsForAdmin(viewer: Viewer, filters: TargetFilters, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const where = {
    year: filters.year,
    ...(filters.indicatorId !== null ? { indicatorId: filters.indicatorId } : {}),
    ...(filters.level !== null ? { locality: { level: filters.level } } : {}),
  };
  const [targets, years, indicators] = await Promise.all([
    loadTargets(db, where),
    db.target.findMany({ distinct: ["year"], select: { year: true }, orderBy: { year: "asc" } }),
    db.indicator.findMany({ orderBy: [{ pillarId: "asc" }, { sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, nameVi: true, nameEn: true } }),
  ]);
  return { targets: targets.map(toView), years: years.map((y) => y.year), indicators };
}

/** Everything the target form chooses from: indicators with their levels, every unit with its validity, active agencies. */
export async function getTargetFormOptions(viewer: Viewer, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const [indicators, localities, agencies] = await Promise.all([
    db.indicator.findMany({ where: { active: true }, orderBy: [{ pillarId: "asc" }, { sortOrder: "asc" }, { code: "asc" }], select: { id: true, code: true, nameVi: true, nameEn: true, unit: true, direction: true, levels: true, leadAgencyId: true } }),
    db.locality.findMany({ orderBy: [{ level: "asc" }, { code: "asc" }, { validFrom: "asc" }], select: { id: true, code: true, name: true, level: true, validFrom: true, validTo: true } }),
    db.agency.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { indicators, agencies, localities: localities.map((l) => ({ ...l, validFrom: isoDate(l.validFrom) ?? "", validTo: isoDate(l.validTo) })) };
}

export type TargetFormOptions = Awaited<ReturnType<typeof getTargetFormOptions>>;

/** One target with the targets cascaded from it (for a provincial target) and the target it was cascaded from. */
export async function getTargetForAdmin(viewer: Viewer, targetId: number, db: Db) {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const target = await db.target.findUnique({ where: { id: targetId }, select: { ...targetSelect, cascadedFrom: { select: { id: true, locality: { select: { name: true } } } } } });
  if (!target) throw new NotFoundError("Không tìm thấy mục tiêu.");
  const cascaded = await loadTargets(db, { cascadedFromId: target.id });
  return { target: { ...toView(target), cascadedFrom: target.cascadedFrom }, cascaded: cascaded.map(toView) };
}

export type AdminTargetDetail = Awaited<ReturnType<typeof getTargetForAdmin>>;
