// Targets and values that look like a real province's: each indicator has a trajectory from 2021 to 2026
// (rates climbing towards 90–100%, processing times falling), counts scale with population, and each unit
// reaches its target according to its maturity — lagging provinces stay behind year after year, everyone
// improves a little each year, and values scatter around that.
import type { BenchIndicator } from "./generate-indicators";
import type { BenchLocality } from "./generate-localities";
import { FIRST_YEAR, LAST_YEAR, clamp, noise } from "./generate-shape";

const NULL_CELL = "\\N\t\\N\t\\N";

export interface ValueModel {
  indicatorId: number;
  lower: boolean;
  percent: boolean;
  rate: boolean;
  kind: BenchIndicator["kind"];
  /** Province targets per year, as a rate per 10,000 residents when `perCapita`, else the value itself. */
  start: number;
  end: number;
  perCapita: boolean;
  decimals: number;
  /** Quarterly denominator of a rate per 10,000 residents. */
  denominatorPer10k: number;
}

export function modelFor(indicator: BenchIndicator): ValueModel {
  const h1 = noise(indicator.id, 1, 0, 7);
  const h2 = noise(indicator.id, 2, 0, 7);
  const lower = indicator.direction === "LOWER_IS_BETTER";
  const base = { indicatorId: indicator.id, lower, kind: indicator.kind, percent: indicator.unit === "PERCENT", rate: indicator.kind === "RATE", perCapita: false, denominatorPer10k: 30 + 300 * h2 };
  switch (indicator.unit) {
    case "PERCENT": {
      if (lower) return { ...base, start: 10 + 6 * h1, end: 2 + 2 * h2, decimals: 2 };
      if (indicator.kind === "RATE") {
        const start = 40 + 30 * h1;
        return { ...base, start, end: Math.min(99, start + 25 + 15 * h2), decimals: 2 };
      }
      const start = 8 + 15 * h1;
      return { ...base, start, end: start + 10 + 12 * h2, decimals: 2 };
    }
    case "DAYS": return { ...base, start: 8 + 8 * h1, end: (8 + 8 * h1) * 0.5, decimals: 1 };
    case "HOURS": return { ...base, start: 24 + 48 * h1, end: (24 + 48 * h1) * 0.4, decimals: 1 };
    case "VND_BILLION": return { ...base, perCapita: true, start: 2 + 20 * h1, end: (2 + 20 * h1) * 2.5, decimals: 2 };
    case "COUNT": {
      const start = indicator.kind === "FLOW" ? 4 + 30 * h1 : indicator.kind === "CUMULATIVE" ? 150 + 600 * h1 : 1.5 + 6 * h1;
      return { ...base, perCapita: true, start, end: start * (1.6 + 0.6 * h2), decimals: 0 };
    }
  }
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A province's target for the year: whole percentages, counts of at least one. */
export function provinceTarget(model: ValueModel, year: number, province: BenchLocality): number {
  const t = model.start + ((model.end - model.start) * (year - FIRST_YEAR)) / (LAST_YEAR - FIRST_YEAR);
  if (!model.perCapita) return model.percent ? Math.round(t) : round(t, 1);
  return Math.max(1, round((t * province.population) / 10_000, model.decimals));
}

/** "SAME" cascades a rate, a level or a duration unchanged; counts and money are shared by population. */
export function cascadeRule(model: ValueModel): "SAME" | "POPULATION_SHARE" {
  return model.perCapita ? "POPULATION_SHARE" : "SAME";
}

/** A commune's target: its province's, cascaded; about 3% were then changed by hand (`overridden`). */
export function communeTarget(model: ValueModel, year: number, commune: BenchLocality, province: BenchLocality): { value: number; overridden: boolean } {
  const provincial = provinceTarget(model, year, province);
  const cascaded = model.perCapita ? Math.max(1, round((provincial * commune.population) / province.population, model.decimals)) : provincial;
  if (noise(model.indicatorId, commune.id, year, 11) >= 0.03) return { value: cascaded, overridden: false };
  const eased = model.lower ? cascaded * 1.15 : cascaded * 0.9;
  return { value: model.percent ? Math.min(100, Math.round(eased)) : Math.max(1, round(eased, model.decimals)), overridden: true };
}

const SEASON = [0.85, 1, 0.98, 1.17];

/**
 * The value, numerator and denominator of one cell as COPY text fields ("v\tn\td"). `factor` ≠ 1 gives the
 * corrected figure of an approved correction. A rate's value is always numerator ÷ denominator.
 */
export function cellFields(model: ValueModel, target: number, unit: BenchLocality, year: number, quarter: number, periodIndex: number, factor: number): string {
  const u1 = noise(model.indicatorId, unit.id, periodIndex, 1);
  if (u1 < 0.002) return NULL_CELL;
  const u2 = noise(model.indicatorId, unit.id, periodIndex, 2);
  // A unit is persistently stronger or weaker on some indicators than its maturity says (affinity).
  const affinity = noise(model.indicatorId, unit.id, 0, 4) - 0.5;
  const achievement = 0.66 + 0.4 * unit.maturity + 0.015 * (year - FIRST_YEAR) + 0.01 * quarter + affinity * 0.3 + (u2 - 0.5) * 0.16;
  let value = model.lower ? target / achievement : target * achievement;
  if (model.kind === "FLOW") value = (value / 4) * (SEASON[quarter - 1] ?? 1);
  else if (model.kind === "CUMULATIVE") value = (value * quarter) / 4;
  value *= factor;
  if (model.rate) {
    const u3 = noise(model.indicatorId, unit.id, periodIndex, 3);
    const denominator = Math.max(3, Math.round((unit.population / 10_000) * model.denominatorPer10k * (0.85 + 0.3 * u3)));
    const numerator = Math.round(denominator * clamp(value, 0, 100) / 100);
    // Rounded on the exact quotient (half up, as PostgreSQL's round does), not on its binary approximation.
    const hundredths = Math.round((numerator * 10_000) / denominator);
    return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}\t${numerator}\t${denominator}`;
  }
  if (model.percent) value = Math.min(value, 100);
  return `${Math.max(0, value).toFixed(model.decimals)}\t\\N\t\\N`;
}
