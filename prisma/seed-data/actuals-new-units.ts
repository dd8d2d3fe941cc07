// Commune-level values of the new units, 2025-Q3 … 2026-Q3. Each unit starts where its predecessors stood
// in 2025-Q2 — their numerators and denominators summed with the link shares — and climbs from there, so
// history re-expressed in today's units joins the new series without a jump.
import { CURRENT_QUARTER, REFORM_REPORTED_QUARTERS, isSameQuarter } from "./calendar";
import { buildLocalActuals } from "./actuals-local";
import type { LocalActual } from "./actuals-local";
import { plainValue, rateOf } from "./actual-values";
import type { ActualValue } from "./actual-values";
import { COMMUNES, getDistrictOrThrow } from "./localities";
import { NEW_UNITS, predecessorsOf, sharedSum } from "./reform";
import type { NewUnitSeed } from "./reform";
import { randomFor } from "./random";
import type { Random } from "./random";

const ADULT_SHARE = 0.76;
/** 2025-Q3 counted from 2024-Q1 = 0: the adult population keeps the drift of actuals-local.ts. */
const FIRST_REFORM_INDEX = 6;

type LevelsByIndicator = Map<string, ActualValue>;

/** The old communes' generated 2025-Q2 values, by commune code and indicator. */
function predecessorLevels(): Map<string, LevelsByIndicator> {
  const communeCodes = new Set(COMMUNES.map((commune) => commune.code));
  const levels = new Map<string, LevelsByIndicator>();
  for (const actual of buildLocalActuals()) {
    if (!isSameQuarter(actual.quarter, CURRENT_QUARTER) || !communeCodes.has(actual.localityCode)) continue;
    const byIndicator = levels.get(actual.localityCode) ?? new Map<string, ActualValue>();
    byIndicator.set(actual.indicatorCode, actual);
    levels.set(actual.localityCode, byIndicator);
  }
  return levels;
}

/** Σ share × numerator over Σ share × denominator, or Σ share × value for counts. */
function combined(unit: NewUnitSeed, levels: Map<string, LevelsByIndicator>, indicatorCode: string) {
  let numerator = 0;
  let denominator = 0;
  let value = 0;
  for (const { commune, share } of predecessorsOf(unit)) {
    const actual = levels.get(commune.code)?.get(indicatorCode);
    if (!actual) throw new Error(`Seed: no 2025-Q2 ${indicatorCode} for ${commune.code}`);
    numerator += share * (actual.numerator ?? 0);
    denominator += share * (actual.denominator ?? 0);
    value += share * actual.value;
  }
  return { percent: denominator > 0 ? (100 * numerator) / denominator : 0, denominator, value };
}

/** A percentage climbing each quarter from `start`, never above `cap`; the first step may be a transition dip. */
function climbing(random: Random, start: number, first: [number, number], gain: [number, number], cap: number): number[] {
  let percent = start;
  return REFORM_REPORTED_QUARTERS.map((_, index) => {
    const [min, max] = index === 0 ? first : gain;
    percent = Math.min(cap, Math.max(0, percent + random.between(min, max)));
    return percent;
  });
}

function maturityOf(unit: NewUnitSeed): number {
  const population = sharedSum(unit, (commune) => commune.population);
  const weighted = predecessorsOf(unit).reduce(
    (sum, { commune, share }) => sum + share * commune.population * getDistrictOrThrow(commune.districtCode).maturity,
    0,
  );
  return Math.min(1, weighted / population + (unit.type === "PHUONG" ? 0.05 : 0));
}

function unitSeries(unit: NewUnitSeed, levels: Map<string, LevelsByIndicator>): Record<string, ActualValue[]> {
  const random = randomFor(`new-unit:${unit.code}`);
  const population = sharedSum(unit, (commune) => commune.population);
  const villages = sharedSum(unit, (commune) => commune.villages);
  const adults = Math.round(population * ADULT_SHARE);
  const maturity = maturityOf(unit);
  const files = combined(unit, levels, "XA-01");
  const filings = combined(unit, levels, "XA-02");
  const payments = combined(unit, levels, "XA-03");
  const sized = (denominator: number) => Math.round(denominator * random.between(0.92, 1.08));

  let teams = Math.round(combined(unit, levels, "XA-04").value);
  let coached = 0;
  return {
    "XA-01": climbing(random, files.percent, [0.5, 2], [1, 3], 98).map((percent) => rateOf(sized(files.denominator), percent)),
    // Filing online dips as the new one-stop desks open, then recovers.
    "XA-02": climbing(random, filings.percent, [-1.5, 1], [1.5, 4], 95).map((percent) => rateOf(sized(filings.denominator), percent)),
    "XA-03": climbing(random, payments.percent, [1, 2.5], [1.2, 2.8], 90).map((percent, index) =>
      rateOf(Math.round(adults * (1 + 0.002 * (FIRST_REFORM_INDEX + index))), percent),
    ),
    "XA-04": REFORM_REPORTED_QUARTERS.map((_, index) => {
      if (index > 0 && random.chance(0.5)) teams = Math.min(villages, teams + 1);
      return plainValue(teams);
    }),
    // Counted from the unit's first day in 2025, from 1 January in 2026.
    "XA-05": REFORM_REPORTED_QUARTERS.map((quarter) => {
      if (quarter.year === 2026 && quarter.quarter === 1) coached = 0;
      coached += Math.round(population * random.between(0.008, 0.02) * (0.6 + maturity));
      return plainValue(coached);
    }),
  };
}

/** Every new unit's XA-* value 2025-Q3 … 2026-Q3, before submission statuses apply. `localityCode` names the NEW unit. */
export function buildNewUnitActuals(): LocalActual[] {
  const levels = predecessorLevels();
  return NEW_UNITS.flatMap((unit) =>
    Object.entries(unitSeries(unit, levels)).flatMap(([indicatorCode, values]) =>
      REFORM_REPORTED_QUARTERS.flatMap((quarter, index): LocalActual[] => {
        const actual = values[index];
        return actual ? [{ ...actual, indicatorCode, localityCode: unit.code, quarter }] : [];
      }),
    ),
  );
}
