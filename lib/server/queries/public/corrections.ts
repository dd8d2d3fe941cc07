import "server-only";
import type { IndicatorUnit } from "@/lib/format";
import type { PublicCorrection } from "@/lib/public-data";
import { quarterKey } from "@/lib/quarters";
import type { Db } from "../../db";
import { asQuarter, listPeriods } from "../periods";
import { loadCorrections, publicCorrection } from "./provenance";

/** An approved correction with what a reader needs to understand it without another lookup. */
export interface PublicCorrectionEntry extends PublicCorrection {
  indicatorNameVi: string;
  indicatorNameEn: string;
  unit: IndicatorUnit;
}

export interface PublicCorrections {
  /** Every reporting period, newest first: a quarter without corrections has an empty list, not a 404. */
  periods: string[];
  /** Newest approval first. */
  corrections: PublicCorrectionEntry[];
}

/**
 * The public corrections log: every approved correction of an approved value, whichever level or quarter.
 * A correction still awaiting the committee has no revision, so it cannot appear (see loadCorrections).
 */
export async function getPublicCorrections(db: Db): Promise<PublicCorrections> {
  const [periods, corrections] = await Promise.all([listPeriods(db), loadCorrections(db)]);
  const indicators = await db.indicator.findMany({
    where: { id: { in: [...new Set(corrections.map((c) => c.indicatorId))] } },
    select: { id: true, nameVi: true, nameEn: true, unit: true },
  });
  const byId = new Map(indicators.map((i) => [i.id, i]));
  return {
    periods: periods.map((p) => quarterKey(asQuarter(p))),
    corrections: corrections.map((c) => {
      const indicator = byId.get(c.indicatorId);
      if (!indicator) throw new Error("correction without its indicator");
      return { ...publicCorrection(c), indicatorNameVi: indicator.nameVi, indicatorNameEn: indicator.nameEn, unit: indicator.unit };
    }),
  };
}

/** The corrections of one quarter's values, in the log's order. */
export function correctionsOf(data: PublicCorrections, period: string): PublicCorrectionEntry[] {
  return data.corrections.filter((c) => c.period === period);
}
