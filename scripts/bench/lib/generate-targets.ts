// Targets per locality × indicator × year: every province 2021–2026 (led by the indicator's agency), every
// pre-reform commune 2021–2025 and every post-reform commune 2025–2026. A commune target for a year the commune
// still exists at the end of is cascaded from its province's target (as the admin's cascade does); the
// pre-reform communes' 2025 targets, for the half year they reported, were set directly.
import type { CopyJob } from "./copy";
import { NULL, chunked, timestamp } from "./copy";
import type { BenchLocality } from "./generate-localities";
import type { BenchWorld } from "./generate-reference";
import { row } from "./generate-reference";
import { FIRST_YEAR, LAST_YEAR } from "./generate-shape";
import { cascadeRule, communeTarget, provinceTarget } from "./generate-values";

export const TARGET_COLUMNS = ["id", "indicatorId", "localityId", "year", "value", "comparator", "leadAgencyId", "cascadedFromId", "cascadeRule", "overridden", "createdAt"];

const YEARS = LAST_YEAR - FIRST_YEAR + 1;

/** The years a commune has targets for: those it reported in. */
export function targetYears(commune: BenchLocality): number[] {
  return commune.validTo === null ? [2025, 2026] : [2021, 2022, 2023, 2024, 2025];
}

/** Province targets come first, in a fixed order, so a cascaded target can name its source by id. */
function provinceTargetId(world: BenchWorld, province: BenchLocality, year: number, indicatorIndex: number): number {
  return 1 + (province.province * YEARS + (year - FIRST_YEAR)) * world.indicators.length + indicatorIndex;
}

export function countTargets(world: BenchWorld): number {
  const perIndicator = world.map.provinces.length * YEARS
    + [...world.map.oldCommunes, ...world.map.newCommunes].reduce((sum, c) => sum + targetYears(c).length, 0);
  return perIndicator * world.indicators.length;
}

function* targetLines(world: BenchWorld): Iterable<string> {
  const { indicators, models, map } = world;
  for (const province of map.provinces) {
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      const created = timestamp(Date.UTC(year, 0, 10, 2));
      for (let i = 0; i < indicators.length; i++) {
        const indicator = indicators[i];
        const model = models[i];
        if (!indicator || !model) continue;
        yield row([
          String(provinceTargetId(world, province, year, i)), String(indicator.id), String(province.id), String(year), String(provinceTarget(model, year, province)),
          model.lower ? "LTE" : "GTE", String(indicator.leadIndex + 1), NULL, NULL, "f", created,
        ]);
      }
    }
  }
  let id = map.provinces.length * YEARS * indicators.length;
  for (const commune of [...map.oldCommunes, ...map.newCommunes]) {
    const province = map.provinces[commune.province];
    if (!province) throw new Error(`Commune ${commune.code} has no province`);
    for (const year of targetYears(commune)) {
      const cascaded = commune.validTo === null || year < 2025;
      const created = timestamp(Date.UTC(year, 0, cascaded ? 20 : 25, 3));
      for (let i = 0; i < indicators.length; i++) {
        const indicator = indicators[i];
        const model = models[i];
        if (!indicator || !model) continue;
        const target = communeTarget(model, year, commune, province);
        yield row([
          String(++id), String(indicator.id), String(commune.id), String(year), String(target.value), model.lower ? "LTE" : "GTE", NULL,
          cascaded ? String(provinceTargetId(world, province, year, i)) : NULL, cascaded ? cascadeRule(model) : NULL, target.overridden && cascaded ? "t" : "f", created,
        ]);
      }
    }
  }
}

export function targetJob(world: BenchWorld): CopyJob {
  return { table: "Target", columns: TARGET_COLUMNS, total: countTargets(world), chunks: () => chunked(targetLines(world)) };
}
