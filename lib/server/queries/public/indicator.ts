import "server-only";
import { groupBy } from "@/lib/collections";
import type { Comparator } from "@/lib/progress";
import type { PublicCorrection, PublicIndicatorRef, SeriesBreak } from "@/lib/public-data";
import { compareQuarters, quarterKey, type Quarter } from "@/lib/quarters";
import { getToday } from "@/lib/today";
import type { Db } from "../../db";
import { toNumber } from "../../decimal";
import { resolvePeriod } from "../level-board";
import { loadPublishedOfIndicator } from "../published-values";

import { buildIndicatorSeries, type PublicIndicatorPoint } from "./indicator-series";
import { loadCorrections, loadMethodBreaks, publicCorrection } from "./provenance";
import { isCurrent, type PublicLevel, type PublicLocalityType } from "./locality-ref";

/** An indicator as the open-data catalogue lists it: what it measures and who leads it. */
export interface PublicIndicatorSummary extends PublicIndicatorRef {
  pillarNameVi: string;
  pillarNameEn: string;
  levels: PublicLevel[];
  definition: string;
  numerator: string | null;
  denominator: string | null;
  source: string;
  leadAgency: string | null;
  /** The national catalogue's code; null for an indicator of the province's own. */
  catalogueCode: string | null;
  /** Where the province (or a named locality) measures it differently from the national catalogue; in Vietnamese. */
  deviations: string[];
}

/** One approved quarterly value: the latest approved revision, with the corrections that led to it. */
export interface PublicIndicatorCell {
  period: string;
  value: number | null;
  approvedAt: string;
  reporter: string;
  revision: number;
  /** Declared by the reporting unit, or measured by a source system (named). */
  origin: "DECLARED" | "MEASURED";
  sourceSystem: string | null;
  corrections: PublicCorrection[];
}

export interface PublicIndicatorLocality {
  code: string;
  name: string;
  level: PublicLevel;
  type: PublicLocalityType;
  parentName: string | null;
  validFrom: string;
  validTo: string | null;
  /** Valid today; a unit abolished since (or a former holder of a reused code) is false. */
  current: boolean;
  cells: PublicIndicatorCell[];
  targets: { year: number; value: number; comparator: Comparator }[];
}

export interface PublicIndicator extends PublicIndicatorSummary {
  breaks: SeriesBreak[];
  /** Quarters with at least one approved value, oldest first: the table's columns. */
  periods: string[];
  localities: PublicIndicatorLocality[];
  /** The chart: the province's own figure, or for a local indicator the aggregate over its units. */
  seriesScope: "OWN" | "AGGREGATE";
  series: PublicIndicatorPoint[];
}

const LEVEL_ORDER: PublicLevel[] = ["PROVINCE", "DISTRICT", "COMMUNE"];

/**
 * The shape of an indicator code ("GOV-01", "HUYEN-05"). Pages and routes check it before asking the cache,
 * where every distinct argument becomes an entry.
 */
export function isIndicatorCode(code: string): boolean {
  return code.length <= 20 && /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/.test(code);
}
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

const summarySelect = {
  id: true, code: true, nameVi: true, nameEn: true, unit: true, kind: true, direction: true, levels: true, definition: true,
  numeratorDefinition: true, denominatorDefinition: true, source: true, active: true,
  pillar: { select: { code: true, nameVi: true, nameEn: true } }, leadAgency: { select: { name: true } },
  catalogueCode: true, deviations: { orderBy: { id: "asc" }, select: { description: true, locality: { select: { name: true } } } },
} as const;

const findIndicator = (db: Db, where: { code: string }) => db.indicator.findUnique({ where, select: summarySelect });
type IndicatorRow = NonNullable<Awaited<ReturnType<typeof findIndicator>>>;

function toSummary(i: IndicatorRow): PublicIndicatorSummary {
  return {
    code: i.code, nameVi: i.nameVi, nameEn: i.nameEn, pillarCode: i.pillar.code, unit: i.unit, kind: i.kind, direction: i.direction,
    pillarNameVi: i.pillar.nameVi, pillarNameEn: i.pillar.nameEn,
    levels: [...i.levels].sort((a, b) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b)),
    definition: i.definition, numerator: i.numeratorDefinition, denominator: i.denominatorDefinition, source: i.source,
    leadAgency: i.leadAgency?.name ?? null,
    catalogueCode: i.catalogueCode,
    deviations: i.deviations.map((d) => (d.locality ? `${d.locality.name}: ${d.description}` : d.description)),
  };
}

/** Every active indicator, in the scoreboard's order (pillar, then the indicator's own order). */
export async function getPublicIndicatorCatalogue(db: Db): Promise<PublicIndicatorSummary[]> {
  const indicators = await db.indicator.findMany({ where: { active: true }, select: summarySelect, orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }, { code: "asc" }] });
  return indicators.map(toSummary);
}

/**
 * One indicator with its approved quarterly values for every locality that reports it (units no longer valid
 * included), each locality's targets, method changes, and the series the chart draws. Null for an unknown or
 * inactive code. Only approved values: the latest revision of actuals that have a published revision.
 */
export async function getPublicIndicator(db: Db, code: string, today: Date = getToday()): Promise<PublicIndicator | null> {
  const indicator = await findIndicator(db, { code });
  if (!indicator || !indicator.active) return null;
  const [breaks, actuals, targets, corrections] = await Promise.all([
    loadMethodBreaks(db, [indicator.id]),
    loadPublishedOfIndicator(db, indicator.id, indicator.levels, today),
    db.target.findMany({ where: { indicatorId: indicator.id, locality: { level: { in: indicator.levels } } }, select: { localityId: true, year: true, value: true, comparator: true }, orderBy: { year: "asc" } }),
    loadCorrections(db, { indicatorIds: [indicator.id] }),
  ]);
  const reporting = new Set([...actuals.map((a) => a.localityId), ...targets.map((t) => t.localityId)]);
  const localities = await db.locality.findMany({
    where: { id: { in: [...reporting] } },
    select: { id: true, code: true, name: true, level: true, type: true, validFrom: true, validTo: true, population: true, parent: { select: { name: true } } },
  });
  localities.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.code.localeCompare(b.code) || a.validFrom.getTime() - b.validFrom.getTime());

  const quarters = new Map<string, Quarter>();
  for (const a of actuals) quarters.set(quarterKey(a.period), a.period);
  const actualsOf = groupBy(actuals, (a) => a.localityId);
  const targetsOf = groupBy(targets, (t) => t.localityId);
  const correctionsOf = groupBy(corrections, (c) => c.localityId);
  const periods = [...quarters.values()].sort(compareQuarters);

  const rows = localities.map((l): PublicIndicatorLocality => {
    const own = (actualsOf.get(l.id) ?? []).sort((a, b) => compareQuarters(a.period, b.period));
    return {
      code: l.code, name: l.name, level: l.level, type: l.type, parentName: l.level === "COMMUNE" ? (l.parent?.name ?? null) : null,
      validFrom: isoDay(l.validFrom), validTo: l.validTo ? isoDay(l.validTo) : null, current: isCurrent(l, today),
      cells: own.map((a) => {
        const period = quarterKey(a.period);
        return {
          period,
          value: a.value,
          approvedAt: a.approvedAt.toISOString(),
          reporter: a.agency ?? a.reportingLocality ?? l.name,
          revision: a.revision,
          origin: a.origin,
          sourceSystem: a.sourceSystem,
          corrections: (correctionsOf.get(l.id) ?? []).filter((c) => c.period === period).map(publicCorrection),
        };
      }),
      targets: (targetsOf.get(l.id) ?? []).map((t) => ({ year: t.year, value: toNumber(t.value) ?? 0, comparator: t.comparator })),
    };
  });

  // A local indicator's chart stops at the last quarter its level has fully approved (see indicator-series.ts).
  const localLevel = indicator.levels.find((l) => l !== "PROVINCE");
  const complete = localLevel && !indicator.levels.includes("PROVINCE") ? (await resolvePeriod(db, [localLevel], null)).period : null;
  const values = actuals.map((a) => ({ localityId: a.localityId, period: a.period, value: a.value, numerator: a.numerator, denominator: a.denominator }));
  const unitTargets = targets.map((t) => ({ localityId: t.localityId, year: t.year, value: toNumber(t.value) ?? 0 }));
  const { scope, series } = buildIndicatorSeries(indicator, periods, localities, values, unitTargets, complete);

  return {
    ...toSummary(indicator),
    breaks: breaks.get(indicator.id) ?? [],
    periods: periods.map(quarterKey),
    localities: rows,
    seriesScope: scope,
    series,
  };
}
