import "server-only";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";

const auditSelect = {
  id: true, at: true, action: true, before: true, after: true, reason: true, actor: { select: { name: true } },
} as const;

/**
 * One value with its approved revisions (oldest first) and every change to it (who, when, before → after,
 * reason), newest first. Committee and admins only; numbers come back as numbers.
 */
export async function getValueHistory(viewer: Viewer, actualId: number, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy số liệu.");
  const actual = await db.actual.findUnique({
    where: { id: actualId },
    select: {
      id: true, submissionId: true, value: true, publishedRevision: true, correctionReason: true,
      indicator: { select: { code: true, nameVi: true, nameEn: true, unit: true } },
      locality: { select: { name: true } },
      period: { select: { year: true, quarter: true, status: true } },
      revisions: {
        orderBy: { revision: "asc" },
        select: { revision: true, value: true, approvedAt: true, reason: true, approvedBy: { select: { name: true } } },
      },
    },
  });
  if (!actual) throw new NotFoundError("Không tìm thấy số liệu.");
  const events = await db.auditEvent.findMany({ where: { entity: "Actual", entityId: String(actualId) }, orderBy: { at: "desc" }, select: auditSelect });
  const revisions = actual.revisions.map((r) => ({ ...r, value: toNumber(r.value) }));
  return { actual: { ...actual, value: toNumber(actual.value), revisions }, events };
}

export type ValueHistory = Awaited<ReturnType<typeof getValueHistory>>;

/** Every transition of one submission, newest first. Committee and admins only. */
export async function getSubmissionHistory(viewer: Viewer, submissionId: number, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy báo cáo.");
  return db.auditEvent.findMany({ where: { entity: "Submission", entityId: String(submissionId) }, orderBy: { at: "desc" }, select: auditSelect });
}
