import "server-only";
import type { Db } from "../../db";

export interface PublicDatasets {
  /** Active indicators, in the catalogue's order. */
  indicators: { code: string; nameVi: string; nameEn: string }[];
  /** Every unit, past ones included (their series stay published), province first, then by code. */
  localities: { code: string; name: string; level: "PROVINCE" | "DISTRICT" | "COMMUNE" }[];
}

/** Names for the per-indicator and per-locality files listed on the open-data page. */
export async function getPublicDatasets(db: Db): Promise<PublicDatasets> {
  const [indicators, localities] = await Promise.all([
    db.indicator.findMany({ where: { active: true }, orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }], select: { code: true, nameVi: true, nameEn: true } }),
    db.locality.findMany({ orderBy: [{ level: "asc" }, { code: "asc" }, { validFrom: "desc" }], select: { code: true, name: true, level: true } }),
  ]);
  // A code reused by a successor unit is one file (the API resolves the code to one unit): list it once.
  const seen = new Set<string>();
  const unique = localities.filter((l) => {
    if (seen.has(l.code)) return false;
    seen.add(l.code);
    return true;
  });
  return { indicators, localities: unique };
}
