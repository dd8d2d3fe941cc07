// History in today's boundaries. A current locality is made of earlier units: each change links predecessors
// to successors with the share of the predecessor that went across (1 = whole). The weight of an earlier unit
// in today's locality is the sum over every path of the product of the shares along it: a merge gives 1 from
// each unit, a partial split 0.6 / 0.4, a chain of changes multiplies (0.5 of a unit that then merged whole = 0.5).
// A unit contributes only in the quarters it existed, so with reforms at quarter starts each quarter is made
// of the units of the map of that quarter, each by its weight. Combining follows lib/aggregation.ts.
import { aggregateValues, aggregationRule, type AggregationChild } from "./aggregation";
import type { IndicatorUnit } from "./format";
import type { IndicatorKind } from "./year-to-date";

export interface LineageLink {
  predecessorId: number;
  successorId: number;
  share: number;
  /** The change's first day, "yyyy-mm-dd". */
  effectiveDate: string;
}

export interface Lineage<L extends LineageLink = LineageLink> {
  /** unitId → weight in the target; the target itself has weight 1. */
  weights: Map<number, number>;
  /** The links on some path into the target. */
  links: L[];
  /** The distinct effective dates of those links, ascending: the series breaks. */
  changeDates: string[];
}

/** The units that flow into `targetId`, with their weights. Throws on a cycle, which no real map has. */
export function traceLineage<L extends LineageLink>(links: L[], targetId: number): Lineage<L> {
  const into = new Map<number, L[]>();
  for (const link of links) into.set(link.successorId, [...(into.get(link.successorId) ?? []), link]);

  // Every unit with a path into the target, walking back through predecessors.
  const feeding = new Set<number>([targetId]);
  const onPath: L[] = [];
  const frontier = [targetId];
  while (frontier.length > 0) {
    const unit = frontier.pop() as number;
    for (const link of into.get(unit) ?? []) {
      onPath.push(link);
      if (!feeding.has(link.predecessorId)) {
        feeding.add(link.predecessorId);
        frontier.push(link.predecessorId);
      }
    }
  }

  // weight(u) = Σ over u's outgoing links into the feeding set of share × weight(successor); memoised so a
  // unit reached along two paths (split, then the parts merged again) sums both.
  const out = new Map<number, LineageLink[]>();
  for (const link of onPath) out.set(link.predecessorId, [...(out.get(link.predecessorId) ?? []), link]);
  const weights = new Map<number, number>([[targetId, 1]]);
  const visiting = new Set<number>();
  const weightOf = (unit: number): number => {
    const known = weights.get(unit);
    if (known !== undefined) return known;
    if (visiting.has(unit)) throw new Error(`Lineage has a cycle through unit ${unit}`);
    visiting.add(unit);
    const weight = (out.get(unit) ?? []).reduce((sum, link) => sum + link.share * weightOf(link.successorId), 0);
    visiting.delete(unit);
    weights.set(unit, weight);
    return weight;
  };
  for (const unit of feeding) weightOf(unit);

  const changeDates = [...new Set(onPath.map((l) => l.effectiveDate))].sort();
  return { weights, links: onPath, changeDates };
}

/** Only the weights: unitId → weight in `targetId` (the target itself 1). */
export function lineageWeights(links: LineageLink[], targetId: number): Map<number, number> {
  return traceLineage(links, targetId).weights;
}

export interface Contribution {
  unitId: number;
  /** The unit's approved value of the quarter; null when it did not report. */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  population: number | null;
  /** The unit's weight in today's locality (traceLineage). */
  weight: number;
}

/**
 * SUM (counts, money), RATIO_OF_SUMS (percentages from Σw·numerator / Σw·denominator), POPULATION_WEIGHTED
 * (rates without counts, weights w·population), EQUAL_WEIGHTED (as before, but a population was missing so
 * each unit counts by its weight alone), AS_REPORTED (today's unit itself, unchanged), NONE (nothing reported).
 */
export type ReexpressMethod = "SUM" | "RATIO_OF_SUMS" | "POPULATION_WEIGHTED" | "EQUAL_WEIGHTED" | "AS_REPORTED" | "NONE";

export interface Reexpressed {
  value: number | null;
  method: ReexpressMethod;
  /** Σ weight of the units that reported / Σ weight of the units expected (0..1; 0 when none expected). */
  coverage: number;
}

/** One quarter of today's locality from the contributions of the units that existed in that quarter. */
export function reexpress(kind: IndicatorKind, unit: IndicatorUnit, contributions: Contribution[]): Reexpressed {
  const live = contributions.filter((c) => c.weight > 0);
  const expected = live.reduce((sum, c) => sum + c.weight, 0);
  const reported = live.filter((c) => c.value !== null && Number.isFinite(c.value)).reduce((sum, c) => sum + c.weight, 0);
  const coverage = expected > 0 ? reported / expected : 0;

  const only = live[0];
  if (live.length === 1 && only && only.weight === 1) {
    return only.value === null ? { value: null, method: "NONE", coverage } : { value: only.value, method: "AS_REPORTED", coverage };
  }
  const children: AggregationChild[] = live.map((c) => ({
    value: c.value, numerator: c.numerator, denominator: c.denominator, weight: c.population, share: c.weight,
  }));
  const result = aggregateValues(kind, unit, children);
  if (result.method !== "WEIGHTED_MEAN") return { value: result.value, method: result.method, coverage };
  return { value: result.value, method: result.weighting === "EQUAL" ? "EQUAL_WEIGHTED" : "POPULATION_WEIGHTED", coverage };
}

/** The rule an indicator follows before looking at the data, for stating it next to a series. */
export function reexpressRule(kind: IndicatorKind, unit: IndicatorUnit): "SUM" | "RATIO_OF_SUMS" | "POPULATION_WEIGHTED" {
  const rule = aggregationRule(kind, unit);
  return rule === "WEIGHTED_MEAN" ? "POPULATION_WEIGHTED" : rule;
}

/** A unit exists during a quarter that starts on `quarterStart` ("yyyy-mm-dd"); maps change at quarter starts. */
export function existsAt(unit: { validFrom: string; validTo: string | null }, quarterStart: string): boolean {
  return unit.validFrom <= quarterStart && (unit.validTo === null || unit.validTo > quarterStart);
}

/**
 * Where a unit went: following links forward until units that still exist (`isCurrent`). A unit that still
 * exists is its own answer. Used to send a reader of an abolished unit to the units that carry it on today.
 */
export function currentSuccessors(links: LineageLink[], unitId: number, isCurrent: (id: number) => boolean): number[] {
  const found = new Set<number>();
  const seen = new Set<number>();
  const frontier = [unitId];
  while (frontier.length > 0) {
    const unit = frontier.pop() as number;
    if (seen.has(unit)) continue;
    seen.add(unit);
    if (isCurrent(unit)) {
      found.add(unit);
      continue;
    }
    for (const link of links) if (link.predecessorId === unit) frontier.push(link.successorId);
  }
  return [...found];
}
