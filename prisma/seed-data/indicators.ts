import { ECONOMY_INDICATORS } from "./indicators-economy";
import { GOVERNMENT_INDICATORS } from "./indicators-government";
import { COMMUNE_INDICATORS, DISTRICT_INDICATORS } from "./indicators-local";
import { SOCIETY_INDICATORS } from "./indicators-society";
import type { IndicatorSeed, PillarCode } from "./indicator-types";

export type { IndicatorSeed, PillarCode };

export const PILLARS: { code: PillarCode; nameVi: string; nameEn: string; sortOrder: number }[] = [
  { code: "GOV", nameVi: "Chính quyền số", nameEn: "Digital government", sortOrder: 1 },
  { code: "ECO", nameVi: "Kinh tế số", nameEn: "Digital economy", sortOrder: 2 },
  { code: "SOC", nameVi: "Xã hội số", nameEn: "Digital society", sortOrder: 3 },
];

export const PROVINCE_INDICATORS: IndicatorSeed[] = [...GOVERNMENT_INDICATORS, ...ECONOMY_INDICATORS, ...SOCIETY_INDICATORS];

export { COMMUNE_INDICATORS, DISTRICT_INDICATORS };

/** Display order: provincial indicators by pillar, then district, then commune indicators. */
export const ALL_INDICATORS: IndicatorSeed[] = [...PROVINCE_INDICATORS, ...DISTRICT_INDICATORS, ...COMMUNE_INDICATORS];

/** The provincial indicator whose only target is for 2025 (20% of GRDP), after article 003. */
export const GRDP_SHARE_CODE = "ECO-01";

export function getIndicatorOrThrow(code: string): IndicatorSeed {
  const indicator = ALL_INDICATORS.find((candidate) => candidate.code === code);
  if (!indicator) throw new Error(`Unknown indicator code ${code}`);
  return indicator;
}
