import "server-only";
import { z } from "@/lib/schemas/zod-locale";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ForbiddenError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";
import { asQuarter, pickPeriod } from "./periods";

/**
 * The one rule that flags a measured figure against the declared one: more than 5% apart, relative to the
 * declared value, whatever the unit (so 92% declared vs 97% measured is flagged, 92% vs 96% is not).
 * A declared zero with any other measured figure is always flagged (the relative difference is undefined).
 */
export const MEASURED_DIFFERENCE_THRESHOLD = 0.05;

export interface MeasuredDifference { absolute: number; relative: number | null; flagged: boolean }

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

export function compareMeasured(declared: number | null, measured: number | null): MeasuredDifference | null {
  if (declared === null || measured === null) return null;
  const absolute = round4(measured - declared);
  const relative = declared === 0 ? (absolute === 0 ? 0 : null) : absolute / Math.abs(declared);
  return { absolute, relative, flagged: relative === null || Math.abs(relative) > MEASURED_DIFFERENCE_THRESHOLD };
}

type CellActual = { id: number; indicatorId: number; localityId: number; periodId: number; indicator: { publishRule: string }; revisions: { origin: string }[] };

/**
 * Actuals (of one submission being approved) whose published figure must stay the measured one: the indicator
 * publishes measured figures and the cell has an approved measured value, or already publishes a measured revision
 * (its roll-up may since have moved back to pending). Takes the transaction client of the approval.
 */
export async function cellsPublishingMeasured(tx: Pick<Prisma.TransactionClient, "measuredValue">, actuals: CellActual[]): Promise<Set<number>> {
  const candidates = actuals.filter((a) => a.indicator.publishRule === "MEASURED_WINS");
  if (candidates.length === 0) return new Set();
  const approved = await tx.measuredValue.findMany({
    where: { status: "APPROVED", OR: candidates.map((a) => ({ indicatorId: a.indicatorId, localityId: a.localityId, periodId: a.periodId })) },
    select: { indicatorId: true, localityId: true, periodId: true },
  });
  const cell = (c: { indicatorId: number; localityId: number; periodId: number }) => `${c.indicatorId}|${c.localityId}|${c.periodId}`;
  const approvedCells = new Set(approved.map(cell));
  return new Set(candidates.filter((a) => a.revisions[0]?.origin === "MEASURED" || approvedCells.has(cell(a))).map((a) => a.id));
}

const comparisonInputSchema = z.object({
  periodKey: z.string().max(10).nullish().catch(null),
  status: z.enum(["PENDING", "APPROVED"]).nullish().catch(null),
});

const LEVEL_ORDER: Record<string, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };

/**
 * The committee's side-by-side view of a quarter: each cell with a measured value, beside the officer's declared
 * value, which figure the public reads now and why (the indicator's publish rule), how far apart the two are
 * (flagged by MEASURED_DIFFERENCE_THRESHOLD) and the method deviations recorded for the cell. Pending first.
 * The summary counts the whole quarter; the status filter narrows the rows only.
 */
export async function getMeasuredComparison(viewer: Viewer, rawInput: unknown, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const input = comparisonInputSchema.parse(rawInput ?? {});
  const status = input.status ?? null;
  const periods = await db.reportingPeriod.findMany({ where: { measuredValues: { some: {} } }, orderBy: [{ year: "desc" }, { quarter: "desc" }] });
  const period = pickPeriod(periods, input.periodKey, periods[0] ?? null);
  if (!period) return { periods: [], period: null, status, rows: [], summary: { total: 0, pending: 0, flagged: 0 } };

  const values = await db.measuredValue.findMany({
    where: { periodId: period.id },
    include: {
      indicator: { select: { id: true, code: true, nameVi: true, nameEn: true, unit: true, publishRule: true, sortOrder: true, pillar: { select: { sortOrder: true } } } },
      locality: { select: { id: true, code: true, name: true, level: true } },
      sourceSystem: { select: { name: true } },
      approvedBy: { select: { name: true } },
    },
  });
  const cells = values.map((v) => ({ indicatorId: v.indicatorId, localityId: v.localityId }));
  const [actuals, deviations] = cells.length === 0 ? [[], []] : await Promise.all([
    db.actual.findMany({
      where: { periodId: period.id, OR: cells },
      select: {
        indicatorId: true, localityId: true, value: true, publishedRevision: true,
        submission: { select: { status: true } },
        revisions: { orderBy: { revision: "desc" }, take: 1, select: { value: true, origin: true, approvedAt: true } },
      },
    }),
    db.methodDeviation.findMany({
      where: { indicatorId: { in: [...new Set(cells.map((c) => c.indicatorId))] } },
      orderBy: { recordedAt: "asc" },
      select: { indicatorId: true, localityId: true, description: true, recordedAt: true },
    }),
  ]);

  const rows = values.map((v) => {
    const actual = actuals.find((a) => a.indicatorId === v.indicatorId && a.localityId === v.localityId);
    const latest = actual?.publishedRevision !== null ? actual?.revisions[0] : undefined;
    const declared = actual ? { value: toNumber(actual.value), submissionStatus: actual.submission.status } : null;
    const measuredValue = toNumber(v.value);
    return {
      measuredValueId: v.id,
      indicator: { code: v.indicator.code, nameVi: v.indicator.nameVi, nameEn: v.indicator.nameEn, unit: v.indicator.unit },
      locality: { code: v.locality.code, name: v.locality.name, level: v.locality.level },
      publishRule: v.indicator.publishRule,
      declared,
      measured: {
        value: measuredValue, numerator: toNumber(v.numerator), denominator: toNumber(v.denominator), measurementCount: v.measurementCount,
        sourceSystem: v.sourceSystem.name, lastMeasuredAt: v.lastMeasuredAt, status: v.status, approvedAt: v.approvedAt, approvedBy: v.approvedBy?.name ?? null,
      },
      published: latest ? { origin: latest.origin, value: toNumber(latest.value), approvedAt: latest.approvedAt } : null,
      difference: compareMeasured(declared?.value ?? null, measuredValue),
      // A deviation without a locality is the province's own.
      deviations: deviations
        .filter((d) => d.indicatorId === v.indicatorId && (d.localityId === v.localityId || (d.localityId === null && v.locality.level === "PROVINCE")))
        .map((d) => ({ description: d.description, recordedAt: d.recordedAt })),
      order: [v.status === "PENDING" ? 0 : 1, v.indicator.pillar.sortOrder, v.indicator.sortOrder, LEVEL_ORDER[v.locality.level] ?? 3] as const,
    };
  });
  rows.sort((a, b) => a.order.reduce((d, x, i) => d || x - (b.order[i] ?? 0), 0) || a.locality.name.localeCompare(b.locality.name, "vi"));
  return {
    periods: periods.map(asQuarter),
    period: asQuarter(period),
    status,
    rows: rows.filter((r) => status === null || r.measured.status === status).map(({ order: _order, ...row }) => row),
    summary: { total: rows.length, pending: rows.filter((r) => r.measured.status === "PENDING").length, flagged: rows.filter((r) => r.difference?.flagged).length },
  };
}

export type MeasuredComparison = Awaited<ReturnType<typeof getMeasuredComparison>>;
export type MeasuredComparisonRow = MeasuredComparison["rows"][number];
