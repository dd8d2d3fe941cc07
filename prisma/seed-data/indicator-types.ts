export type PillarCode = "GOV" | "ECO" | "SOC";

export interface IndicatorSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  pillar: PillarCode;
  unit: "PERCENT" | "COUNT" | "VND_BILLION" | "DAYS" | "HOURS";
  direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  kind: "RATE" | "LEVEL" | "FLOW" | "CUMULATIVE";
  frequency?: "QUARTERLY" | "ANNUAL";
  levels: ("PROVINCE" | "DISTRICT" | "COMMUNE")[];
  definition: string;
  source: string;
  numeratorDefinition?: string;
  denominatorDefinition?: string;
  /** Agency code of the default lead agency. */
  lead: string;
}
