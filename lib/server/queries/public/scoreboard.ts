import "server-only";
import type { BandCounts, PublicTargetRow } from "@/lib/public-data";
import { countBands } from "@/lib/progress";
import { compareQuarters, parseQuarterKey, quarterKey } from "@/lib/quarters";
import type { Db } from "../../db";
import { getProvinceScoreboard } from "../scoreboard";
import { buildProvenance, loadCorrections, loadDeviations, loadMethodBreaks, publicCorrection } from "./provenance";

export interface PublicPillar { code: string; nameVi: string; nameEn: string; counts: BandCounts }
export interface PublicScoreboard {
  province: { code: string; name: string };
  /** Quarters with approved provincial values, newest first. */
  periods: string[];
  period: string | null;
  counts: BandCounts;
  pillars: PublicPillar[];
  /** Share of the year's targets met, per pillar, at each quarter (0..1). */
  series: { period: string; shares: Record<string, number | null> }[];
  rows: PublicTargetRow[];
}

/**
 * The province scoreboard as published: approved values only (getProvinceScoreboard reads the latest
 * approved revision), each row with its provenance — declared or measured, method deviations — series breaks
 * and approved corrections.
 */
export async function getPublicScoreboard(db: Db, periodKey: string | null): Promise<PublicScoreboard> {
  const board = await getProvinceScoreboard(db, periodKey);
  const period = board.period;
  const base = {
    province: { code: board.province.code, name: board.province.name },
    periods: board.periods.map(quarterKey),
    period: period ? quarterKey(period) : null,
    counts: board.counts,
    pillars: board.pillars.map((p) => ({ code: p.code, nameVi: p.nameVi, nameEn: p.nameEn, counts: (board.countsByPillar as Record<string, BandCounts>)[p.code] ?? countBands([]) })),
    series: board.series.map((s) => ({ period: quarterKey(s.period), shares: s.shares })),
  };
  if (!period) return { ...base, rows: [] };
  const indicatorIds = board.rows.map((r) => r.indicatorId);
  const [breaks, corrections, deviations] = await Promise.all([
    loadMethodBreaks(db, indicatorIds),
    loadCorrections(db, { indicatorIds, localityIds: [board.province.id] }),
    loadDeviations(db, indicatorIds, board.province),
  ]);
  const rows = board.rows.map((r): PublicTargetRow => {
    // Corrections of the quarters behind this year-to-date figure.
    const own = corrections
      .filter((c) => c.indicatorId === r.indicatorId)
      .filter((c) => { const q = parseQuarterKey(c.period); return q !== null && q.year === period.year && compareQuarters(q, period) <= 0; })
      .map(publicCorrection);
    return {
      code: r.code,
      nameVi: r.nameVi,
      nameEn: r.nameEn,
      pillarCode: r.pillarCode,
      unit: r.unit,
      kind: r.kind,
      direction: r.direction,
      actual: r.ytd,
      target: r.targetValue,
      comparator: r.comparator,
      progress: r.progress,
      band: r.band,
      leadAgency: r.leadAgency,
      provenance: buildProvenance(
        r,
        {
          reporter: r.approval?.reporter ?? r.leadAgency ?? board.province.name,
          period: r.approval ? quarterKey(r.approval.period) : null,
          approvedAt: r.approval?.approvedAt ?? null,
          // Declared or measured: the origin of the same latest approved value the reporter and date describe.
          origin: r.approval?.origin ?? "DECLARED",
          sourceSystem: r.approval?.sourceSystem ?? null,
        },
        breaks.get(r.indicatorId) ?? [],
        own,
        deviations.get(r.indicatorId) ?? [],
      ),
    };
  });
  return { ...base, rows };
}
