import "server-only";
import type { PublicCorrection, Provenance, SeriesBreak } from "@/lib/public-data";
import { quarterKey } from "@/lib/quarters";
import type { Db } from "../../db";
import { toNumber } from "../../decimal";
import { asQuarter } from "../periods";

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Method changes of these indicators, oldest first, as series breaks. */
export async function loadMethodBreaks(db: Db, indicatorIds: number[]): Promise<Map<number, SeriesBreak[]>> {
  const changes = await db.indicatorMethodChange.findMany({
    where: { indicatorId: { in: indicatorIds } },
    orderBy: { effectiveFrom: "asc" },
    select: { indicatorId: true, effectiveFrom: true, descriptionVi: true, descriptionEn: true },
  });
  const byIndicator = new Map<number, SeriesBreak[]>();
  for (const c of changes) {
    const list = byIndicator.get(c.indicatorId) ?? [];
    list.push({ date: isoDate(c.effectiveFrom), kind: "METHOD", noteVi: c.descriptionVi, noteEn: c.descriptionEn });
    byIndicator.set(c.indicatorId, list);
  }
  return byIndicator;
}

/** A unit created after reporting began, or abolished, breaks the series at those dates. */
export function boundaryBreaks(locality: { name: string; validFrom: Date; validTo: Date | null }, firstReported: Date | null): SeriesBreak[] {
  const breaks: SeriesBreak[] = [];
  if (firstReported && locality.validFrom > firstReported) {
    breaks.push({ date: isoDate(locality.validFrom), kind: "BOUNDARY", noteVi: `${locality.name} được thành lập từ ngày này; trước đó số liệu thuộc các đơn vị cũ.`, noteEn: `${locality.name} exists from this date; earlier figures belong to the former units.` });
  }
  if (locality.validTo) {
    breaks.push({ date: isoDate(locality.validTo), kind: "BOUNDARY", noteVi: `${locality.name} thôi tồn tại từ ngày này (sắp xếp đơn vị hành chính).`, noteEn: `${locality.name} ceased to exist on this date (administrative reorganisation).` });
  }
  return breaks;
}

/**
 * Approved corrections (revision 2 and later of an approved value) with the value they replaced. A correction
 * still awaiting approval has no revision yet, so it can never appear here.
 */
export async function loadCorrections(db: Db, where: { indicatorIds?: number[]; localityIds?: number[]; periodIds?: number[] } = {}): Promise<(PublicCorrection & { indicatorId: number; localityId: number })[]> {
  const revisions = await db.actualRevision.findMany({
    where: {
      revision: { gt: 1 },
      actual: {
        ...(where.indicatorIds ? { indicatorId: { in: where.indicatorIds } } : {}),
        ...(where.localityIds ? { localityId: { in: where.localityIds } } : {}),
        ...(where.periodIds ? { periodId: { in: where.periodIds } } : {}),
      },
    },
    orderBy: [{ approvedAt: "desc" }, { id: "desc" }],
    select: {
      revision: true,
      value: true,
      approvedAt: true,
      reason: true,
      actual: {
        select: {
          indicatorId: true,
          localityId: true,
          indicator: { select: { code: true } },
          locality: { select: { code: true, name: true } },
          period: { select: { year: true, quarter: true } },
          revisions: { select: { revision: true, value: true } },
        },
      },
    },
  });
  return revisions.map((r) => {
    const previous = r.actual.revisions.find((p) => p.revision === r.revision - 1);
    return {
      indicatorId: r.actual.indicatorId,
      localityId: r.actual.localityId,
      indicatorCode: r.actual.indicator.code,
      localityCode: r.actual.locality.code,
      localityName: r.actual.locality.name,
      period: quarterKey(asQuarter(r.actual.period)),
      from: toNumber(previous?.value),
      to: toNumber(r.value),
      approvedAt: r.approvedAt.toISOString(),
      reason: r.reason,
      revision: r.revision,
    };
  });
}

/** Strips the ids used for matching, leaving the published shape. */
export function publicCorrection({ indicatorId: _i, localityId: _l, ...rest }: PublicCorrection & { indicatorId: number; localityId: number }): PublicCorrection {
  return rest;
}

/**
 * Method deviations recorded for these indicators at one unit, oldest first. A deviation without a locality
 * is the province's own, so it belongs to the provincial figures only.
 */
export async function loadDeviations(db: Db, indicatorIds: number[], locality: { id: number; level: string }): Promise<Map<number, string[]>> {
  const rows = await db.methodDeviation.findMany({
    where: { indicatorId: { in: indicatorIds }, OR: [{ localityId: locality.id }, ...(locality.level === "PROVINCE" ? [{ localityId: null }] : [])] },
    orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
    select: { indicatorId: true, description: true },
  });
  const byIndicator = new Map<number, string[]>();
  for (const d of rows) byIndicator.set(d.indicatorId, [...(byIndicator.get(d.indicatorId) ?? []), d.description]);
  return byIndicator;
}

export interface FigureOrigin { origin: Provenance["origin"]; sourceSystem: string | null }

/** A revision's origin in the published shape. */
export function figureOrigin(revision: { origin: Provenance["origin"]; sourceSystem: { name: string } | null } | undefined): FigureOrigin {
  return { origin: revision?.origin ?? "DECLARED", sourceSystem: revision?.origin === "MEASURED" ? (revision.sourceSystem?.name ?? null) : null };
}


export function buildProvenance(
  indicator: { definition: string; numeratorDefinition: string | null; denominatorDefinition: string | null; source: string },
  figure: { reporter: string; period: string | null; approvedAt: Date | string | null } & FigureOrigin,
  breaks: SeriesBreak[],
  corrections: PublicCorrection[],
  deviations: string[],
): Provenance {
  return {
    reporter: figure.reporter,
    period: figure.period,
    approvedAt: figure.approvedAt instanceof Date ? figure.approvedAt.toISOString() : figure.approvedAt,
    formula: indicator.definition,
    numerator: indicator.numeratorDefinition,
    denominator: indicator.denominatorDefinition,
    source: indicator.source,
    breaks,
    corrections,
    origin: figure.origin,
    sourceSystem: figure.sourceSystem,
    deviations,
  };
}
