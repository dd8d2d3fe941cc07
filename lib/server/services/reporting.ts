import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { denominatorFieldName, numeratorFieldName, returnSubmissionSchema, saveActualsSchema, submissionTransitionSchema, valueFieldName } from "@/lib/schemas/reporting";
import { checkRateCounts, takesCounts } from "@/lib/value-rules";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canEnterActuals, canReviewSubmissions, canViewSubmission, unitExistsDuring, type Reporter } from "../permissions";
import { getDueCells, getDueTargets } from "../queries/due-targets";
import { cellsPublishingMeasured } from "../queries/measured";
import { asQuarter } from "../queries/periods";
import type { Viewer } from "../viewer";
import { createNotices, emailNotices, officersOf } from "./notifications";
import { refreshScores } from "./score-summary";
import { parseValueFor, writeValues, type ValueWrite } from "./values";
import { zodToDomainError } from "./zod-errors";

export const EDITABLE_STATUSES = new Set(["DRAFT", "RETURNED"]);

/**
 * The reporter's submission for a period, created as a draft on first write. One statement, which also locks
 * the row until the caller's transaction ends: its status cannot change between the check and the writes.
 */
export async function upsertSubmission(tx: Pick<Db, "$queryRaw">, reporter: Reporter, periodId: number): Promise<{ id: number; status: SubmissionStatus }> {
  const unit = reporter.agencyId !== null ? Prisma.sql`("periodId", "agencyId")` : Prisma.sql`("periodId", "localityId")`;
  const [submission] = await tx.$queryRaw<{ id: number; status: SubmissionStatus }[]>`
    INSERT INTO "Submission" ("periodId", "localityId", "agencyId", "updatedAt")
    VALUES (${periodId}, ${reporter.localityId}::int, ${reporter.agencyId}::int, ${new Date().toISOString()}::timestamp(3))
    ON CONFLICT ${unit} DO UPDATE SET "periodId" = EXCLUDED."periodId"
    RETURNING "id", "status"::text AS "status"`;
  if (!submission) throw new Error("upsertSubmission: no row returned");
  return submission;
}

/**
 * The officer's grid for their unit and a period: all changed values (with a rate's counts when given), notes
 * and links with their audit rows
 * in one transaction. Refused for other units, for periods not begun or locked, and once submitted.
 */
export async function saveActuals(viewer: Viewer, rawInput: unknown, db: Db, today: Date): Promise<{ changed: number }> {
  const parsed = saveActualsSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const reporter: Reporter = input.reporter;
  if (!canEnterActuals(viewer, reporter)) throw new ForbiddenError();
  // The unit check and the due targets both need only the period: read side by side.
  const period = await getWritablePeriod(db, input.periodId, today);
  const [, dueCells] = await Promise.all([assertUnitExists(db, reporter, period), getDueCells(db, reporter, period)]);
  const due = new Map(dueCells.map((t) => [t.indicatorId, t]));
  const fieldErrors: Record<string, string[]> = {};
  const writes: ValueWrite[] = [];
  for (const item of input.items) {
    const target = due.get(item.indicatorId);
    const field = valueFieldName(item.indicatorId);
    if (!target) { fieldErrors[field] = ["Chỉ tiêu này không thuộc báo cáo của đơn vị trong kỳ."]; continue; }
    const base = { indicatorId: item.indicatorId, version: item.version, note: item.note, evidenceUrl: item.evidenceUrl };
    const names = { value: field, numerator: numeratorFieldName(item.indicatorId), denominator: denominatorFieldName(item.indicatorId) };
    const countsTyped = [item.numerator, item.denominator].some((c) => c !== undefined && c.trim() !== "");
    if (countsTyped && !takesCounts(target.indicator)) { fieldErrors[names.numerator] = ["Chỉ tiêu này không nhập theo tử số và mẫu số."]; continue; }
    // Without count fields the value alone is written; writeValues keeps stored counts only if it is unchanged.
    if (!takesCounts(target.indicator) || (item.numerator === undefined && item.denominator === undefined)) {
      const parsedValue = parseValueFor(item.value, target.indicator.unit);
      if ("error" in parsedValue) fieldErrors[field] = [parsedValue.error];
      else writes.push({ ...base, value: parsedValue.value });
      continue;
    }
    const checked = checkRateCounts(item.value, item.numerator ?? "", item.denominator ?? "");
    if ("errors" in checked) {
      for (const [key, message] of Object.entries(checked.errors) as [keyof typeof names, string][]) fieldErrors[names[key]] = [message];
    } else writes.push({ ...base, ...checked });
  }
  if (Object.keys(fieldErrors).length > 0) {
    throw new DomainValidationError("Có giá trị chưa hợp lệ. Vui lòng sửa các ô được đánh dấu rồi lưu lại.", fieldErrors);
  }
  return db.$transaction(async (tx) => {
    const submission = await upsertSubmission(tx, reporter, period.id);
    if (!EDITABLE_STATUSES.has(submission.status)) throw new ConflictError("Báo cáo đã được gửi hoặc phê duyệt nên không thể sửa.");
    const { changed } = await writeValues(tx, { viewer, reporter, periodId: period.id, submissionId: submission.id, due, action: "actual.save" }, writes);
    return { changed };
  });
}

/**
 * An officer may write only in a period that has begun and is not locked, and — for a locality — that the
 * unit existed in (an abolished unit's officers keep read access to its history only).
 */
export async function getWritablePeriod(db: Pick<Db, "reportingPeriod" | "locality">, periodId: number, today: Date, reporter?: Reporter) {
  const period = await db.reportingPeriod.findUnique({ where: { id: periodId } });
  if (!period) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
  if (period.status === "LOCKED") throw new ForbiddenError("Kỳ báo cáo đã khoá; chỉ quản trị viên được sửa số liệu.");
  if (period.startsOn > today) throw new DomainValidationError("Kỳ báo cáo này chưa bắt đầu nên chưa thể nhập số liệu.");
  if (reporter) await assertUnitExists(db, reporter, period);
  return period;
}

/** Refuses a write for a quarter the reporting locality did not exist in, saying why and who reports now. */
export async function assertUnitExists(db: Pick<Db, "locality">, reporter: Reporter, period: { startsOn: Date; endsOn: Date }) {
  if (reporter.localityId === null) return;
  const unit = await db.locality.findUnique({ where: { id: reporter.localityId }, select: { name: true, validFrom: true, validTo: true } });
  if (!unit) throw new NotFoundError("Không tìm thấy đơn vị báo cáo.");
  if (unitExistsDuring(unit, period)) return;
  const day = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join("/");
  throw new ForbiddenError(unit.validTo && unit.validTo <= period.startsOn
    ? `${unit.name} đã thôi tồn tại từ ngày ${day(unit.validTo)} theo sắp xếp đơn vị hành chính; số liệu của kỳ này do đơn vị kế thừa báo cáo. Bạn vẫn xem được số liệu các kỳ trước.`
    : `${unit.name} được thành lập từ ngày ${day(unit.validFrom)}; kỳ này thuộc các đơn vị trước đó.`);
}

async function loadSubmissionFor(viewer: Viewer, submissionId: number, db: Db) {
  const submission = await db.submission.findUnique({ where: { id: submissionId }, include: { period: true } });
  // A submission the caller may not see answers as not found, so its existence is not revealed.
  if (!submission || !canViewSubmission(viewer, submission)) throw new NotFoundError("Không tìm thấy báo cáo.");
  return submission;
}

function parseTransition(rawInput: unknown) {
  const parsed = submissionTransitionSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  return parsed.data;
}

/** Officer sends a draft or returned submission for review; every due value must be filled in. */
export async function submitSubmission(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<{ periodKey: string }> {
  const input = parseTransition(rawInput);
  const submission = await loadSubmissionFor(viewer, input.submissionId, db);
  if (!canEnterActuals(viewer, submission)) throw new ForbiddenError();
  if (submission.period.status === "LOCKED") throw new ForbiddenError("Kỳ báo cáo đã khoá.");
  await assertUnitExists(db, submission, submission.period);
  if (!EDITABLE_STATUSES.has(submission.status)) throw new ConflictError("Báo cáo đã được gửi trước đó.");

  const due = await getDueTargets(db, submission, submission.period);
  await db.$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: submission.id, version: input.version, status: submission.status },
      data: { status: "SUBMITTED", submittedAt: now, submittedById: viewer.userId, returnReason: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    // Counted after the update, which holds the submission's row: a save racing this submit has either
    // committed (and is counted) or waits and then finds the report submitted. Counted before, a value
    // cleared in between would be sent, and approved, empty.
    const filled = await tx.actual.findMany({
      where: { periodId: submission.periodId, OR: due.map((t) => ({ indicatorId: t.indicatorId, localityId: t.localityId })), value: { not: null } },
      select: { indicatorId: true },
    });
    const missing = due.length - new Set(filled.map((a) => a.indicatorId)).size;
    if (missing > 0) throw new DomainValidationError(`Còn ${missing} chỉ tiêu chưa nhập số liệu. Vui lòng nhập đủ trước khi gửi.`);
    await tx.actual.updateMany({ where: { submissionId: submission.id, returnReason: { not: null } }, data: { returnReason: null } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.submit", entity: "Submission", entityId: submission.id,
      before: { status: submission.status }, after: { status: "SUBMITTED" },
    }]);
  });
  return { periodKey: quarterKey(asQuarter(submission.period)) };
}

function reporterLabel(submission: { period: { year: number; quarter: number } }) {
  return formatQuarter(asQuarter(submission.period), "vi");
}

/**
 * Committee approval publishes the submission: every value that differs from its last approved revision
 * (or has none) gets a new revision, which is what the public reads. One transaction with its audit rows;
 * the reporter's officers are notified (and e-mailed after commit when SMTP is configured).
 */
export async function approveSubmission(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  const input = parseTransition(rawInput);
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const submission = await loadSubmissionFor(viewer, input.submissionId, db);
  if (submission.status !== "SUBMITTED") throw new ConflictError("Chỉ phê duyệt được báo cáo đang chờ duyệt.");

  const noticeIds = await db.$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: submission.id, version: input.version, status: "SUBMITTED" },
      data: { status: "APPROVED", reviewedAt: now, reviewedById: viewer.userId, returnReason: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    const actuals = await tx.actual.findMany({ where: { submissionId: submission.id }, include: { indicator: { select: { publishRule: true } }, revisions: { orderBy: { revision: "desc" }, take: 1 } } });
    const measuredWins = await cellsPublishingMeasured(tx, actuals);
    let published = 0;
    for (const actual of actuals) {
      // Under MEASURED_WINS an approved measured figure stays published; the declared value is kept for comparison.
      if (measuredWins.has(actual.id)) continue;
      const last = actual.revisions[0];
      const unchanged = last && String(last.value) === String(actual.value) && String(last.numerator) === String(actual.numerator) && String(last.denominator) === String(actual.denominator);
      if (unchanged) continue;
      const revision = (last?.revision ?? 0) + 1;
      await tx.actualRevision.create({
        data: {
          actualId: actual.id, revision, value: actual.value, numerator: actual.numerator, denominator: actual.denominator,
          approvedAt: now, approvedById: viewer.userId, reason: actual.correctionReason,
        },
      });
      await tx.actual.update({ where: { id: actual.id }, data: { publishedRevision: revision, correctionReason: null, returnReason: null } });
      published += 1;
    }
    if (published > 0) await refreshScores(tx, { localityIds: actuals.map((a) => a.localityId), years: [submission.period.year] });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.approve", entity: "Submission", entityId: submission.id,
      before: { status: "SUBMITTED" }, after: { status: "APPROVED", publishedValues: published, ...(measuredWins.size > 0 ? { keptMeasured: measuredWins.size } : {}) },
    }]);
    const officers = await officersOf(tx, submission);
    return createNotices(tx, officers.map((o) => o.id), {
      kind: "SUBMISSION_APPROVED",
      title: `Báo cáo ${reporterLabel(submission)} đã được phê duyệt`,
      body: `Ban Chỉ đạo đã phê duyệt báo cáo ${reporterLabel(submission)} của đơn vị; số liệu đã được công bố.`,
      link: `/entry?period=${quarterKey(asQuarter(submission.period))}`,
    });
  });
  await emailNotices(db, noticeIds);
}

/**
 * Committee returns a submitted report with a reason, and optionally a reason per value. The officers see each
 * reason beside its value, fix and resubmit. Committee members never edit values themselves.
 */
export async function returnSubmission(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  const parsed = returnSubmissionSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const submission = await loadSubmissionFor(viewer, input.submissionId, db);
  if (submission.status !== "SUBMITTED") throw new ConflictError("Chỉ trả lại được báo cáo đang chờ duyệt.");

  const noticeIds = await db.$transaction(async (tx) => {
    const updated = await tx.submission.updateMany({
      where: { id: submission.id, version: input.version, status: "SUBMITTED" },
      data: { status: "RETURNED", reviewedAt: now, reviewedById: viewer.userId, returnReason: input.reason, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    for (const { indicatorId, reason } of input.valueReasons) {
      const marked = await tx.actual.updateMany({ where: { submissionId: submission.id, indicatorId }, data: { returnReason: reason } });
      if (marked.count !== 1) throw new DomainValidationError("Lý do trả lại gắn với một chỉ tiêu không có trong báo cáo.", { [`reason:${indicatorId}`]: ["Chỉ tiêu không có trong báo cáo."] });
    }
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "submission.return", entity: "Submission", entityId: submission.id,
      before: { status: "SUBMITTED" }, after: { status: "RETURNED", valueReasons: input.valueReasons }, reason: input.reason,
    }]);
    const officers = await officersOf(tx, submission);
    return createNotices(tx, officers.map((o) => o.id), {
      kind: "SUBMISSION_RETURNED",
      title: `Báo cáo ${reporterLabel(submission)} bị trả lại`,
      body: `Ban Chỉ đạo trả lại báo cáo ${reporterLabel(submission)}: ${input.reason}`,
      link: `/entry?period=${quarterKey(asQuarter(submission.period))}`,
    });
  });
  await emailNotices(db, noticeIds);
}
