import "server-only";
import type { Db } from "../db";
import { NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";

const auditSelect = {
  id: true, at: true, action: true, before: true, after: true, reason: true, actor: { select: { name: true } },
} as const;

/** Every change to one value (who, when, before → after, reason), newest first. Committee and admins only. */
export async function getValueHistory(viewer: Viewer, actualId: number, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy số liệu.");
  const actual = await db.actual.findUnique({
    where: { id: actualId },
    include: { indicator: { select: { code: true, nameVi: true, nameEn: true, unit: true } }, locality: { select: { name: true } }, period: true, revisions: { orderBy: { revision: "asc" }, include: { approvedBy: { select: { name: true } } } } },
  });
  if (!actual) throw new NotFoundError("Không tìm thấy số liệu.");
  const events = await db.auditEvent.findMany({ where: { entity: "Actual", entityId: String(actualId) }, orderBy: { at: "desc" }, select: auditSelect });
  return { actual, events };
}

/** Every transition of one submission, newest first. Committee and admins only. */
export async function getSubmissionHistory(viewer: Viewer, submissionId: number, db: Db) {
  if (!canReviewSubmissions(viewer)) throw new NotFoundError("Không tìm thấy báo cáo.");
  return db.auditEvent.findMany({ where: { entity: "Submission", entityId: String(submissionId) }, orderBy: { at: "desc" }, select: auditSelect });
}
