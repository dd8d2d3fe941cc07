import "server-only";
import type { Band, Comparator } from "@/lib/progress";
import type { PublicTargetRow } from "@/lib/public-data";
import { compareQuarters, parseQuarterKey, quarterKey, type Quarter } from "@/lib/quarters";
import type { Db } from "../../db";
import { asQuarter } from "../periods";
import { boundaryBreaks, buildProvenance, figureOrigin, loadCorrections, loadDeviations, loadMethodBreaks, publicCorrection } from "./provenance";

interface Scored {
  indicatorId: number;
  pillarCode: string;
  code: string;
  nameVi: string;
  nameEn: string;
  ytd: number | null;
  targetValue: number;
  comparator: Comparator;
  progress: number | null;
  band: Band;
  leadAgency: string | null;
}

/**
 * A district's or commune's scored targets in the published shape, each with its provenance: the latest
 * approved value behind the year-to-date figure (declared or measured), the indicator's method changes and the
 * unit's boundary changes, the approved corrections of the quarters counted and the unit's method deviations.
 */
export async function localTargetRows(
  db: Db,
  locality: { id: number; name: string; level: string; validFrom: Date; validTo: Date | null },
  scored: Scored[],
  period: Quarter,
  firstReported: Date | null,
): Promise<PublicTargetRow[]> {
  const indicatorIds = scored.map((s) => s.indicatorId);
  const [indicators, approved, methodBreaks, corrections, deviations] = await Promise.all([
    db.indicator.findMany({
      where: { id: { in: indicatorIds } },
      select: { id: true, unit: true, kind: true, direction: true, definition: true, numeratorDefinition: true, denominatorDefinition: true, source: true },
    }),
    db.actual.findMany({
      where: { localityId: locality.id, indicatorId: { in: indicatorIds }, publishedRevision: { not: null }, period: { year: period.year, quarter: { lte: period.quarter } } },
      select: {
        indicatorId: true,
        period: { select: { year: true, quarter: true } },
        submission: { select: { agency: { select: { name: true } }, locality: { select: { name: true } } } },
        revisions: { orderBy: { revision: "desc" }, take: 1, select: { value: true, approvedAt: true, origin: true, sourceSystem: { select: { name: true } } } },
      },
    }),
    loadMethodBreaks(db, indicatorIds),
    loadCorrections(db, { indicatorIds, localityIds: [locality.id] }),
    loadDeviations(db, indicatorIds, locality),
  ]);
  const boundary = boundaryBreaks(locality, firstReported);
  return scored.map((s): PublicTargetRow => {
    const indicator = indicators.find((i) => i.id === s.indicatorId);
    if (!indicator) throw new Error("scored row without its indicator");
    // The figure's provenance is the latest approved quarter with a value, as on the scoreboard.
    const latest = approved
      .filter((a) => a.indicatorId === s.indicatorId && a.revisions[0]?.value !== null && a.revisions[0]?.value !== undefined)
      .sort((a, b) => compareQuarters(asQuarter(b.period), asQuarter(a.period)))[0];
    const own = corrections
      .filter((c) => c.indicatorId === s.indicatorId)
      .filter((c) => { const q = parseQuarterKey(c.period); return q !== null && q.year === period.year && compareQuarters(q, period) <= 0; })
      .map(publicCorrection);
    return {
      code: s.code,
      nameVi: s.nameVi,
      nameEn: s.nameEn,
      pillarCode: s.pillarCode,
      unit: indicator.unit,
      kind: indicator.kind,
      direction: indicator.direction,
      actual: s.ytd,
      target: s.targetValue,
      comparator: s.comparator,
      progress: s.progress,
      band: s.band,
      leadAgency: s.leadAgency,
      provenance: buildProvenance(
        indicator,
        {
          reporter: latest?.submission.agency?.name ?? latest?.submission.locality?.name ?? locality.name,
          period: latest ? quarterKey(asQuarter(latest.period)) : null,
          approvedAt: latest?.revisions[0]?.approvedAt ?? null,
          ...figureOrigin(latest?.revisions[0]),
        },
        [...(methodBreaks.get(s.indicatorId) ?? []), ...boundary].sort((a, b) => a.date.localeCompare(b.date)),
        own,
        deviations.get(s.indicatorId) ?? [],
      ),
    };
  });
}
