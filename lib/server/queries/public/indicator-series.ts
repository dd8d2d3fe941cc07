import "server-only";
import { aggregateValues, aggregateYearToDate, type AggregationMethod, type Coverage } from "@/lib/aggregation";
import type { IndicatorUnit } from "@/lib/format";
import { compareQuarters, quarterKey, quartersBetween, quartersOfYearUpTo, type Quarter } from "@/lib/quarters";
import { yearToDate, type IndicatorKind } from "@/lib/year-to-date";
import { validDuring } from "../level-board";
import type { PublicLevel } from "./locality-ref";

/** One quarter of the indicator's chart: the year-to-date figure against the year's target. */
export interface PublicIndicatorPoint {
  period: string;
  value: number | null;
  target: number | null;
  /** For an aggregate: how it was combined and how many units had reported (null for the province's own figure). */
  method: AggregationMethod | null;
  coverage: Coverage | null;
}

interface Unit { id: number; level: PublicLevel; validFrom: Date; validTo: Date | null; population: number | null }
interface Value { localityId: number; period: Quarter; value: number | null; numerator: number | null; denominator: number | null }
interface Target { localityId: number; year: number; value: number }

const sameQuarter = (a: Quarter, b: Quarter) => a.year === b.year && a.quarter === b.quarter;

/**
 * The series the chart draws, from the first to the last approved quarter. Year-to-date, like the scoreboard,
 * so a FLOW indicator is compared with its annual target on the same footing. A provincial indicator shows
 * the province's own figure and target. A local indicator shows the province-wide aggregate of the units valid
 * in each quarter (lib/aggregation, with method and coverage), and as its target the units' own targets
 * combined by the same rule (a sum of counts, a population-weighted mean of rates). The aggregate stops at
 * `aggregateUpTo`, the level's latest quarter with every report approved: a quarter half approved would
 * compare a different set of units (the table still shows its approved values).
 */
export function buildIndicatorSeries(
  indicator: { kind: IndicatorKind; unit: IndicatorUnit; levels: PublicLevel[] },
  periods: Quarter[],
  units: Unit[],
  values: Value[],
  targets: Target[],
  aggregateUpTo: Quarter | null,
): { scope: "OWN" | "AGGREGATE"; series: PublicIndicatorPoint[] } {
  const first = periods[0];
  const last = periods[periods.length - 1];
  const quarters = first && last ? quartersBetween(first, last) : [];
  const province = indicator.levels.includes("PROVINCE") ? units.find((u) => u.level === "PROVINCE") : undefined;
  if (province || !indicator.levels.some((l) => l !== "PROVINCE")) {
    const own = values.filter((v) => v.localityId === province?.id);
    return {
      scope: "OWN",
      series: quarters.map((q) => ({
        period: quarterKey(q),
        value: yearToDate(indicator.kind, own, q),
        target: targets.find((t) => t.localityId === province?.id && t.year === q.year)?.value ?? null,
        method: null,
        coverage: null,
      })),
    };
  }
  const level = indicator.levels.find((l) => l !== "PROVINCE");
  const ofLevel = units.filter((u) => u.level === level);
  return {
    scope: "AGGREGATE",
    series: quarters.filter((q) => aggregateUpTo !== null && compareQuarters(q, aggregateUpTo) <= 0).map((q) => {
      const valid = ofLevel.filter(validDuring(q));
      const aggregate = aggregateYearToDate(indicator.kind, indicator.unit, quartersOfYearUpTo(q).map((period) => ({
        period,
        children: valid.map((u) => {
          const v = values.find((x) => x.localityId === u.id && sameQuarter(x.period, period));
          return { value: v?.value ?? null, numerator: v?.numerator ?? null, denominator: v?.denominator ?? null, weight: u.population };
        }),
      })), q);
      const withTarget = valid.flatMap((u) => {
        const t = targets.find((x) => x.localityId === u.id && x.year === q.year);
        return t ? [{ value: t.value, weight: u.population }] : [];
      });
      return {
        period: quarterKey(q),
        value: aggregate.value,
        target: aggregateValues(indicator.kind, indicator.unit, withTarget).value,
        method: aggregate.method,
        coverage: aggregate.coverage,
      };
    }),
  };
}
