import "server-only";
import { isLate } from "@/lib/deadlines";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ForbiddenError, NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";
import { getDueTargets } from "./due-targets";
import { listPeriods, pickCurrentPeriod, pickPeriod, startedPeriods } from "./periods";

const STATUS_ORDER = { SUBMITTED: 0, RETURNED: 1, DRAFT: 2, APPROVED: 3 } as const;

/** Submissions of a period for the committee, those awaiting review first. */
export async function getReviewQueue(viewer: Viewer, periodKey: string | null, db: Db, today: Date) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const periods = startedPeriods(await listPeriods(db), today);
  const period = pickPeriod(periods, periodKey, pickCurrentPeriod(periods, today));
  if (!period) return { periods, period: null, submissions: [] };
  const submissions = await db.submission.findMany({
    where: { periodId: period.id },
    include: {
      agency: { select: { name: true } },
      locality: { select: { name: true, level: true } },
      submittedBy: { select: { name: true } },
      _count: { select: { actuals: true } },
    },
  });
  const rows = submissions
    .map((s) => ({
      id: s.id,
      version: s.version,
      status: s.status,
      reporterName: s.agency?.name ?? s.locality?.name ?? "",
      reporterKind: s.agency ? ("AGENCY" as const) : (s.locality?.level ?? "COMMUNE"),
      submittedAt: s.submittedAt,
      submittedBy: s.submittedBy?.name ?? null,
      late: isLate(period.deadline, s.submittedAt, today),
      valueCount: s._count.actuals,
      returnReason: s.returnReason,
    }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.reporterName.localeCompare(b.reporterName, "vi"));
  return { periods, period, submissions: rows };
}

/**
 * One submission for the committee's review: each due value beside its target, the officer's note and link,
 * the reasons attached to it, and the value the public currently sees (its published revision).
 */
export async function getSubmissionForReview(viewer: Viewer, submissionId: number, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy báo cáo.");
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    include: {
      period: true,
      agency: { select: { name: true } },
      locality: { select: { name: true } },
      submittedBy: { select: { name: true } },
      reviewedBy: { select: { name: true } },
    },
  });
  if (!submission) throw new NotFoundError("Không tìm thấy báo cáo.");
  const targets = await getDueTargets(db, submission, submission.period);
  const actuals = await db.actual.findMany({
    where: { periodId: submission.periodId, OR: targets.map((t) => ({ indicatorId: t.indicatorId, localityId: t.localityId })) },
    select: {
      id: true, indicatorId: true, localityId: true, value: true, version: true, note: true, evidenceUrl: true,
      returnReason: true, correctionReason: true, publishedRevision: true,
      revisions: { select: { revision: true, value: true } },
      evidence: { select: { id: true, originalName: true }, orderBy: { uploadedAt: "asc" } },
    },
  });
  const rows = targets.map((t) => {
    const actual = actuals.find((a) => a.indicatorId === t.indicatorId && a.localityId === t.localityId);
    const published = actual?.revisions.find((r) => r.revision === actual.publishedRevision);
    return {
      indicatorId: t.indicatorId,
      code: t.indicator.code,
      nameVi: t.indicator.nameVi,
      nameEn: t.indicator.nameEn,
      unit: t.indicator.unit,
      pillarCode: t.indicator.pillar.code,
      targetValue: toNumber(t.value) ?? 0,
      comparator: t.comparator,
      actualId: actual?.id ?? null,
      /** The version a correction must name; 0 while the value does not exist yet. */
      version: actual?.version ?? 0,
      value: toNumber(actual?.value),
      note: actual?.note ?? null,
      evidenceUrl: actual?.evidenceUrl ?? null,
      /** Uploaded files, downloaded through /api/evidence/<id>. */
      evidenceFiles: actual?.evidence ?? [],
      returnReason: actual?.returnReason ?? null,
      correctionReason: actual?.correctionReason ?? null,
      publishedValue: published ? toNumber(published.value) : null,
      isPublished: published !== undefined,
    };
  });
  return { submission, reporterName: submission.agency?.name ?? submission.locality?.name ?? "", rows };
}

export type SubmissionReview = Awaited<ReturnType<typeof getSubmissionForReview>>;
export type ReviewValueRow = SubmissionReview["rows"][number];
