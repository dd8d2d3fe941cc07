import { REPORTED_QUARTERS } from "./calendar";
import { COMMUNES, DISTRICTS, getDistrictOrThrow } from "./localities";
import type { CommuneSeed, DistrictSeed } from "./localities";
import { plainValue, rateFromCounts, rateOf } from "./actual-values";
import type { ActualValue } from "./actual-values";
import { randomFor } from "./random";
import type { Random } from "./random";
import type { Quarter } from "../../lib/quarters";

export interface LocalActual extends ActualValue {
  indicatorCode: string;
  localityCode: string;
  quarter: Quarter;
}

type SeriesByIndicator = Record<string, ActualValue[]>;

const ADULT_SHARE = 0.76;

/** A percentage that starts at `start` and climbs each quarter, never above `cap`. */
function climbing(random: Random, start: number, minGain: number, maxGain: number, cap: number): number[] {
  const values: number[] = [];
  let value = Math.min(cap, start);
  for (let index = 0; index < REPORTED_QUARTERS.length; index += 1) {
    if (index > 0) value = Math.min(cap, value + random.between(minGain, maxGain));
    values.push(value);
  }
  return values;
}

function communeMaturity(commune: CommuneSeed, random: Random): number {
  const bonus = commune.type === "PHUONG" ? 0.05 : commune.type === "THI_TRAN" ? 0.03 : 0;
  const maturity = getDistrictOrThrow(commune.districtCode).maturity + bonus + random.between(-0.08, 0.08);
  return Math.min(1, Math.max(0.1, maturity));
}

/** Teams operating: most villages have one from the start, a few more start each quarter. */
function teamCounts(commune: CommuneSeed, maturity: number, random: Random): number[] {
  let teams = Math.max(1, Math.round(commune.villages * (0.55 + 0.35 * maturity)));
  return REPORTED_QUARTERS.map((_, index) => {
    if (index > 0 && random.chance(0.5)) teams = Math.min(commune.villages, teams + 1);
    return teams;
  });
}

/** Residents coached, counted from the start of each year (a CUMULATIVE indicator). */
function coachingTotals(commune: CommuneSeed, maturity: number, random: Random): number[] {
  let total = 0;
  return REPORTED_QUARTERS.map((quarter) => {
    if (quarter.quarter === 1) total = 0;
    total += Math.round(commune.population * random.between(0.008, 0.02) * (0.6 + maturity));
    return total;
  });
}

function communeSeries(commune: CommuneSeed): SeriesByIndicator {
  const random = randomFor(`commune:${commune.code}`);
  const maturity = communeMaturity(commune, random);
  const adults = Math.round(commune.population * ADULT_SHARE);
  const sized = (perHead: number) => Math.round(commune.population * perHead * random.between(0.9, 1.1));
  return {
    "XA-01": climbing(random, 30 + 25 * maturity, 2, 4, 98).map((percent) => rateOf(sized(0.08), percent)),
    "XA-02": climbing(random, 22 + 26 * maturity, 2, 4.5, 95).map((percent) => rateOf(sized(0.045), percent)),
    "XA-03": climbing(random, 28 + 20 * maturity, 1.2, 2.8, 90).map((percent, index) =>
      rateOf(Math.round(adults * (1 + 0.002 * index)), percent),
    ),
    "XA-04": teamCounts(commune, maturity, random).map(plainValue),
    "XA-05": coachingTotals(commune, maturity, random).map(plainValue),
  };
}

/** The district's own rate over its communes: summed numerators over summed denominators. */
function aggregate(seriesOfCommunes: SeriesByIndicator[], indicatorCode: string): ActualValue[] {
  return REPORTED_QUARTERS.map((_, index) => {
    let numerator = 0;
    let denominator = 0;
    for (const series of seriesOfCommunes) {
      const actual = series[indicatorCode]?.[index];
      numerator += actual?.numerator ?? 0;
      denominator += actual?.denominator ?? 0;
    }
    return rateFromCounts(numerator, denominator);
  });
}

function districtSeries(district: DistrictSeed, seriesOfCommunes: SeriesByIndicator[]): SeriesByIndicator {
  const random = randomFor(`district:${district.code}`);
  const maturity = district.maturity;
  const population = COMMUNES.filter((commune) => commune.districtCode === district.code).reduce(
    (sum, commune) => sum + commune.population,
    0,
  );
  // The list of procedures eligible for end-to-end service was revised at the start of 2025.
  const eligible = random.integer(170, 200);
  return {
    "HUYEN-01": climbing(random, 55 + 30 * maturity, 3, 6, 100).map((percent, index) =>
      rateOf(eligible + (index >= 4 ? 6 : 0), percent),
    ),
    "HUYEN-02": climbing(random, 58 + 25 * maturity, 1.5, 3.5, 99).map((percent) =>
      rateOf(Math.round(population * 0.04 * random.between(0.9, 1.1)), percent),
    ),
    "HUYEN-03": aggregate(seriesOfCommunes, "XA-01"),
    "HUYEN-04": climbing(random, 18 + 30 * maturity, 2, 5, 95).map((percent) => rateOf(random.integer(18, 40), percent)),
    "HUYEN-05": aggregate(seriesOfCommunes, "XA-03"),
  };
}

function flatten(localityCode: string, series: SeriesByIndicator): LocalActual[] {
  return Object.entries(series).flatMap(([indicatorCode, values]) =>
    REPORTED_QUARTERS.flatMap((quarter, index): LocalActual[] => {
      const actual = values[index];
      return actual ? [{ ...actual, indicatorCode, localityCode, quarter }] : [];
    }),
  );
}

/** Every district and commune value for every reported quarter, before submission statuses apply. */
export function buildLocalActuals(): LocalActual[] {
  const communeSeriesByCode = new Map(COMMUNES.map((commune) => [commune.code, communeSeries(commune)]));
  const districtActuals = DISTRICTS.flatMap((district) => {
    const ofCommunes = COMMUNES.filter((commune) => commune.districtCode === district.code).map(
      (commune) => communeSeriesByCode.get(commune.code) ?? {},
    );
    return flatten(district.code, districtSeries(district, ofCommunes));
  });
  const communeActuals = [...communeSeriesByCode].flatMap(([code, series]) => flatten(code, series));
  return [...districtActuals, ...communeActuals];
}
