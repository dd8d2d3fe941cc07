import "server-only";
import { countBands } from "@/lib/progress";
import { getToday } from "@/lib/today";
import { compareQuarters, quarterKey, type Quarter } from "@/lib/quarters";
import { bandCountsByPillar, scoreTargets, shareMetSeries, type ScoredTargetInput } from "@/lib/scoreboard";
import type { QuarterValue } from "@/lib/year-to-date";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { NotFoundError } from "../errors";
import { asQuarter, pickPeriod } from "./periods";
import { loadPublishedValues } from "./published-values";

/**
 * Everything the province's scoreboard is scored from, read once: the province, the pillars, its approved values
 * (the published revision of each, in quarters begun by `today`), the quarters whose provincial reports are not
 * all approved, and its targets of every year with values. scoreProvinceBoard scores it for any of its quarters.
 */
export async function loadProvinceScoreData(db: Db, today: Date = getToday()) {
  const province = await db.locality.findFirst({ where: { level: "PROVINCE", validTo: null }, orderBy: { id: "asc" } });
  if (!province) throw new NotFoundError("Chưa có dữ liệu tỉnh.");
  const [pillars, published, pending, allTargets] = await Promise.all([
    db.pillar.findMany({ orderBy: { sortOrder: "asc" } }),
    // A quarter that has not begun by the application's today is not shown (the demo and tests pin today).
    loadPublishedValues(db, province.id, today),
    db.submission.findMany({
      // Listed rather than "not APPROVED", so the status index serves it.
      where: { agencyId: { not: null }, status: { in: ["DRAFT", "SUBMITTED", "RETURNED"] } },
      select: { period: { select: { year: true, quarter: true } } },
    }),
    // Read beside the values rather than after them; only the years with values are scored.
    db.target.findMany({
      where: { localityId: province.id, year: { lte: today.getUTCFullYear() } },
      include: { indicator: { include: { pillar: true } }, leadAgency: { select: { name: true } } },
      orderBy: [{ indicator: { pillar: { sortOrder: "asc" } } }, { indicator: { sortOrder: "asc" } }],
    }),
  ]);
  const years = new Set(published.map((a) => a.period.year));
  const targets = allTargets.filter((t) => years.has(t.year));
  return { province, pillars, published, pending, targets };
}

export type ProvinceScoreData = Awaited<ReturnType<typeof loadProvinceScoreData>>;

/**
 * The province's targets scored with APPROVED values only (the latest approved revision of each value).
 * Safe for anonymous use. Without a requested period it shows the latest approved quarter: the latest one
 * whose provincial reports are all approved (else the latest with any approved provincial value).
 */
export async function getProvinceScoreboard(db: Db, periodKey: string | null, today: Date = getToday()) {
  return scoreProvinceBoard(await loadProvinceScoreData(db, today), periodKey);
}

/** The scoreboard of one quarter from data loaded once (loadProvinceScoreData); no I/O. */
export function scoreProvinceBoard(data: ProvinceScoreData, periodKey: string | null) {
  const { province, pillars, published, pending, targets } = data;
  const periodMap = new Map<string, Quarter>();
  for (const a of published) periodMap.set(quarterKey(a.period), a.period);
  const periods = [...periodMap.values()].sort((a, b) => compareQuarters(b, a));
  const incomplete = new Set(pending.map((s) => quarterKey(asQuarter(s.period))));
  const latestApproved = periods.find((p) => !incomplete.has(quarterKey(p))) ?? periods[0] ?? null;
  const period = pickPeriod(periods, periodKey, latestApproved);
  const pillarCodes = pillars.map((p) => p.code);
  if (!period) return { province, pillars, periods, period: null, rows: [], counts: countBands([]), countsByPillar: {}, series: [] };

  const valuesByIndicator = new Map<number, QuarterValue[]>();
  for (const a of published) {
    const list = valuesByIndicator.get(a.indicatorId) ?? [];
    list.push({ period: a.period, value: a.value });
    valuesByIndicator.set(a.indicatorId, list);
  }
  const inputs: ScoredTargetInput[] = targets.map((t) => ({
    targetId: t.id,
    indicatorId: t.indicatorId,
    pillarCode: t.indicator.pillar.code,
    kind: t.indicator.kind,
    year: t.year,
    spec: { value: toNumber(t.value) ?? 0, comparator: t.comparator, direction: t.indicator.direction, baseline: toNumber(t.baseline) },
  }));
  const scored = scoreTargets(inputs, valuesByIndicator, period);
  // Provenance of the figure each row shows: the latest approved value of the year up to the period.
  const provenance = new Map<number, { approvedAt: Date | null; reporter: string; period: Quarter; origin: "DECLARED" | "MEASURED"; sourceSystem: string | null }>();
  for (const a of published) {
    const q = a.period;
    if (q.year !== period.year || compareQuarters(q, period) > 0) continue;
    const known = provenance.get(a.indicatorId);
    if (known && compareQuarters(known.period, q) >= 0) continue;
    provenance.set(a.indicatorId, {
      approvedAt: a.approvedAt,
      reporter: a.agency ?? province.name,
      period: q,
      // Declared by the agency, or measured by a source system (named only then).
      origin: a.origin,
      sourceSystem: a.origin === "MEASURED" ? a.sourceSystem : null,
    });
  }
  const targetById = new Map(targets.map((t) => [t.id, t]));
  const rows = scored.map((s) => {
    const t = targetById.get(s.targetId);
    if (!t) throw new Error("scored target without its row");
    return {
      ...s,
      code: t.indicator.code,
      nameVi: t.indicator.nameVi,
      nameEn: t.indicator.nameEn,
      unit: t.indicator.unit,
      kind: t.indicator.kind,
      direction: t.indicator.direction,
      source: t.indicator.source,
      definition: t.indicator.definition,
      numeratorDefinition: t.indicator.numeratorDefinition,
      denominatorDefinition: t.indicator.denominatorDefinition,
      targetValue: toNumber(t.value) ?? 0,
      comparator: t.comparator,
      leadAgency: t.leadAgency?.name ?? null,
      approval: provenance.get(t.indicatorId) ?? null,
    };
  });
  return {
    province,
    pillars,
    periods,
    period,
    rows,
    counts: countBands(scored.map((s) => s.band)),
    countsByPillar: bandCountsByPillar(scored, pillarCodes),
    series: shareMetSeries(inputs, valuesByIndicator, periods, pillarCodes),
  };
}

export type ProvinceScoreboard = Awaited<ReturnType<typeof getProvinceScoreboard>>;
