import "server-only";
import { parseLocalizedNumber } from "@/lib/parse-number";
import { quarterKey } from "@/lib/quarters";
import { saveActualsSchema, submissionTransitionSchema, valueFieldName } from "@/lib/schemas/reporting";
import { writeAudit, type AuditEntry } from "../audit";
import type { Db } from "../db";
import { toNumber } from "../decimal";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canEnterActuals, canReviewSubmissions, canViewSubmission, type Reporter } from "../permissions";
import { getDueTargets, type DueTarget } from "../queries/due-targets";
import { asQuarter } from "../queries/periods";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

const EDITABLE = new Set(["DRAFT", "RETURNED"]);

/** Parses one typed value against its indicator's unit; returns the number or a Vietnamese message. */
function parseValue(raw: string, target: DueTarget): number | null | string {
  const value = parseLocalizedNumber(raw);
  if (value === null) return null;
  if (Number.isNaN(value)) return "Giá trị không hợp lệ: hãy nhập một số, ví dụ 97,5 hoặc 1.234.";
  if (target.indicator.unit === "PERCENT" && (value < 0 || value > 100)) return "Tỷ lệ phải nằm trong khoảng từ 0 đến 100%.";
  if (value < 0) return "Giá trị không được âm.";
  if (Math.abs(value) >= 1e15) return "Giá trị quá lớn.";
  return Math.round(value * 10_000) / 10_000;
}

/**
 * Saves an officer's values for their unit and a period: all changed values and their audit rows in one
 * transaction. Each value carries the version the officer saw; a newer version in the database means
 * someone else saved meanwhile, and nothing is written.
 */
export async function saveActuals(viewer: Viewer, rawInput: unknown, db: Db, today: Date): Promise<{ changed: number }> {
  const parsed = saveActualsSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const reporter: Reporter = input.reporter;
  if (!canEnterActuals(viewer, reporter)) throw new ForbiddenError();

  const period = await db.reportingPeriod.findUnique({ where: { id: input.periodId } });
  if (!period) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
  if (period.status === "LOCKED") throw new ForbiddenError("Kỳ báo cáo đã khoá; chỉ quản trị viên được sửa số liệu.");
  if (period.startsOn > today) throw new DomainValidationError("Kỳ báo cáo này chưa bắt đầu nên chưa thể nhập số liệu.");

  const due = new Map((await getDueTargets(db, reporter, period)).map((t) => [t.indicatorId, t]));
  const fieldErrors: Record<string, string[]> = {};
  const values = new Map<number, number | null>();
  for (const item of input.items) {
    const target = due.get(item.indicatorId);
    const field = valueFieldName(item.indicatorId);
    if (!target) { fieldErrors[field] = ["Chỉ tiêu này không thuộc báo cáo của đơn vị trong kỳ."]; continue; }
    const value = parseValue(item.value, target);
    if (typeof value === "string") fieldErrors[field] = [value];
    else values.set(item.indicatorId, value);
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new DomainValidationError("Có giá trị chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi lưu lại.", fieldErrors);
  }

  return db.$transaction(async (tx) => {
    const submission = await tx.submission.upsert({
      where: reporter.agencyId !== null
        ? { periodId_agencyId: { periodId: period.id, agencyId: reporter.agencyId } }
        : { periodId_localityId: { periodId: period.id, localityId: reporter.localityId ?? -1 } },
      create: { periodId: period.id, localityId: reporter.localityId, agencyId: reporter.agencyId },
      update: {},
    });
    if (!EDITABLE.has(submission.status)) {
      throw new ConflictError("Báo cáo đã được gửi hoặc phê duyệt nên không thể sửa.");
    }
    const audit: AuditEntry[] = [];
    for (const item of input.items) {
      const value = values.get(item.indicatorId) ?? null;
      const target = due.get(item.indicatorId);
      if (!target) continue;
      const key = { indicatorId: item.indicatorId, localityId: target.localityId, periodId: period.id };
      const existing = await tx.actual.findUnique({ where: { indicatorId_localityId_periodId: key } });
      if ((existing?.version ?? 0) !== item.version) {
        throw new ConflictError(`Giá trị "${target.indicator.nameVi}" vừa được người khác cập nhật. Vui lòng tải lại trang rồi nhập lại.`);
      }
      const before = toNumber(existing?.value);
      if (existing && before === value) continue;
      if (existing) {
        const updated = await tx.actual.updateMany({
          where: { id: existing.id, version: item.version },
          data: { value, updatedById: viewer.userId, updatedAt: new Date(), version: { increment: 1 } },
        });
        if (updated.count !== 1) throw new ConflictError();
      } else {
        if (value === null) continue;
        await tx.actual.create({ data: { ...key, submissionId: submission.id, value, updatedById: viewer.userId } });
      }
      audit.push({
        actorId: viewer.userId, action: "actual.save", entity: "Actual",
        entityId: `${key.indicatorId}/${key.localityId}/${key.periodId}`,
        before: { value: before }, after: { value },
      });
    }
    await writeAudit(tx, audit);
    return { changed: audit.length };
  });
}

async function loadSubmissionFor(viewer: Viewer, submissionId: number, db: Db) {
  const submission = await db.submission.findUnique({ where: { id: submissionId }, include: { period: true } });
  // A submission the caller may not see answers as not found, so its existence is not revealed.
  if (!submission || !canViewSubmission(viewer, submission)) throw new NotFoundError("Không tìm thấy báo cáo.");
  return submission;
}

/** Officer sends a draft or returned submission for review; every due value must be filled in. */
export async function submitSubmission(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ periodKey: string }> {
  const parsed = submissionTransitionSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const submission = await loadSubmissionFor(viewer, parsed.data.submissionId, db);
  if (!canEnterActuals(viewer, submission)) throw new ForbiddenError();
  if (submission.period.status === "LOCKED") throw new ForbiddenError("Kỳ báo cáo đã khoá.");
  if (!EDITABLE.has(submission.status)) throw new ConflictError("Báo cáo đã được gửi trước đó.");

  const due = await getDueTargets(db, submission, submission.period);
  const filled = await db.actual.findMany({
    where: { periodId: submission.periodId, indicatorId: { in: due.map((t) => t.indicatorId) }, localityId: { in: due.map((t) => t.localityId) }, value: { not: null } },
    select: { indicatorId: true },
  });
  const missing = due.length - new Set(filled.map((a) => a.indicatorId)).size;
  if (missing > 0) throw new DomainValidationError(`Còn ${missing} chỉ tiêu chưa nhập số liệu. Vui lòng nhập đủ trước khi gửi.`);

  await db.$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: submission.id, version: parsed.data.version, status: submission.status },
      data: { status: "SUBMITTED", submittedAt: now, submittedById: viewer.userId, returnReason: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.submit", entity: "Submission", entityId: submission.id,
      before: { status: submission.status }, after: { status: "SUBMITTED" },
    }]);
  });
  return { periodKey: quarterKey(asQuarter(submission.period)) };
}

/**
 * Committee approval publishes every value of the submission: each gets a new approved revision, and the
 * public reads only approved revisions. One transaction with its audit rows.
 */
export async function approveSubmission(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  const parsed = submissionTransitionSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const submission = await loadSubmissionFor(viewer, parsed.data.submissionId, db);
  if (submission.status !== "SUBMITTED") throw new ConflictError("Chỉ phê duyệt được báo cáo đang chờ duyệt.");

  await db.$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: submission.id, version: parsed.data.version, status: "SUBMITTED" },
      data: { status: "APPROVED", reviewedAt: now, reviewedById: viewer.userId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    const actuals = await tx.actual.findMany({ where: { submissionId: submission.id } });
    for (const actual of actuals) {
      const revision = (actual.publishedRevision ?? 0) + 1;
      await tx.actualRevision.create({
        data: {
          actualId: actual.id, revision, value: actual.value, numerator: actual.numerator,
          denominator: actual.denominator, approvedAt: now, approvedById: viewer.userId,
        },
      });
      await tx.actual.update({ where: { id: actual.id }, data: { publishedRevision: revision } });
    }
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.approve", entity: "Submission", entityId: submission.id,
      before: { status: "SUBMITTED" }, after: { status: "APPROVED", publishedValues: actuals.length },
    }]);
  });
}
