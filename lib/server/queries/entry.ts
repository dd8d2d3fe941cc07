import "server-only";
import { previousQuarter } from "@/lib/quarters";
import { takesCounts } from "@/lib/value-rules";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ForbiddenError } from "../errors";
import { unitExistsDuring, type Reporter } from "../permissions";
import type { Viewer } from "../viewer";
import { getDueTargets } from "./due-targets";
import { asQuarter, listPeriods, pickCurrentPeriod, pickPeriod, startedPeriods } from "./periods";

export function reporterOf(viewer: Viewer): Reporter {
  if (viewer.role !== "OFFICER") throw new ForbiddenError();
  if (viewer.agencyId !== null) return { localityId: null, agencyId: viewer.agencyId };
  if (viewer.localityId !== null) return { localityId: viewer.localityId, agencyId: null };
  throw new ForbiddenError("Tài khoản chưa được gán đơn vị báo cáo. Vui lòng liên hệ quản trị viên.");
}

/** Everything the officer's entry form shows for one period: due targets, values, status and deadline. */
export async function getEntryWorkspace(viewer: Viewer, periodKey: string | null, db: Db, today: Date) {
  const reporter = reporterOf(viewer);
  const [started, unit] = await Promise.all([
    listPeriods(db).then((all) => startedPeriods(all, today)),
    reporter.agencyId !== null
      ? db.agency.findUniqueOrThrow({ where: { id: reporter.agencyId }, select: { name: true } }).then((a) => ({ name: a.name, validFrom: null, validTo: null }))
      : db.locality.findUniqueOrThrow({ where: { id: reporter.localityId ?? -1 }, select: { name: true, validFrom: true, validTo: true } }),
  ]);
  const reporterName = unit.name;
  // A locality lists only the quarters it existed in: an abolished unit's officers read its history.
  const periods = unit.validFrom ? started.filter((p) => unitExistsDuring({ validFrom: unit.validFrom, validTo: unit.validTo }, p)) : started;
  const unitEnded = unit.validTo !== null && unit.validTo <= today ? unit.validTo : null;
  const current = pickCurrentPeriod(periods, today);
  const period = pickPeriod(periods, periodKey, current);
  if (!period) return { reporter, reporterName, unitEnded, periods, current, period: null, submission: null, rows: [] };

  const previous = previousQuarter(asQuarter(period));
  const targets = await getDueTargets(db, reporter, period);
  const keys = targets.map((t) => ({ indicatorId: t.indicatorId, localityId: t.localityId }));
  const [submission, actuals, previousActuals] = await Promise.all([
    db.submission.findFirst({
      where: { periodId: period.id, ...(reporter.agencyId !== null ? { agencyId: reporter.agencyId } : { localityId: reporter.localityId ?? -1 }) },
      include: { submittedBy: { select: { name: true } }, reviewedBy: { select: { name: true } } },
    }),
    db.actual.findMany({
      where: { periodId: period.id, OR: keys },
      include: { evidence: { select: { id: true, originalName: true, sizeBytes: true, mimeType: true }, orderBy: { uploadedAt: "asc" } } },
    }),
    db.actual.findMany({ where: { period: { year: previous.year, quarter: previous.quarter }, OR: keys } }),
  ]);
  const find = <A extends { indicatorId: number; localityId: number }>(list: A[], t: { indicatorId: number; localityId: number }) =>
    list.find((a) => a.indicatorId === t.indicatorId && a.localityId === t.localityId);

  const rows = targets.map((t) => {
    const actual = find(actuals, t);
    const counts = takesCounts(t.indicator);
    return {
      indicatorId: t.indicatorId,
      code: t.indicator.code,
      nameVi: t.indicator.nameVi,
      nameEn: t.indicator.nameEn,
      definition: t.indicator.definition,
      // Null unless the grid offers the counts for this indicator (lib/value-rules.ts takesCounts).
      numeratorDefinition: counts ? t.indicator.numeratorDefinition : null,
      denominatorDefinition: counts ? t.indicator.denominatorDefinition : null,
      unit: t.indicator.unit,
      pillarCode: t.indicator.pillar.code,
      pillarNameVi: t.indicator.pillar.nameVi,
      pillarNameEn: t.indicator.pillar.nameEn,
      targetValue: toNumber(t.value) ?? 0,
      comparator: t.comparator,
      actualId: actual?.id ?? null,
      value: toNumber(actual?.value),
      numerator: toNumber(actual?.numerator),
      denominator: toNumber(actual?.denominator),
      version: actual?.version ?? 0,
      note: actual?.note ?? null,
      evidenceUrl: actual?.evidenceUrl ?? null,
      evidenceFiles: actual?.evidence ?? [],
      returnReason: actual?.returnReason ?? null,
      previousValue: toNumber(find(previousActuals, t)?.value),
    };
  });
  return { reporter, reporterName, unitEnded, periods, current, period, submission, rows };
}

export type EntryWorkspace = Awaited<ReturnType<typeof getEntryWorkspace>>;
export type EntryRow = EntryWorkspace["rows"][number];
