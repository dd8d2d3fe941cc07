import "server-only";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { taskReportReturnSchema, taskReportSchema, taskReportTransitionSchema } from "@/lib/schemas/tasks";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { canManageTasks, canReportOnTask } from "../permissions";
import { asQuarter } from "../queries/periods";
import type { Viewer } from "../viewer";
import { createNotices, emailNotices, officersOf } from "./notifications";
import { EDITABLE_STATUSES, getWritablePeriod } from "./reporting";
import { zodToDomainError } from "./zod-errors";

// Progress on a task is reported by its lead agency each quarter and reviewed like a submission of values:
// draft → submitted → returned (with a reason) or approved; approval moves the task to the reported status.

async function loadTask(viewer: Viewer, taskId: number, db: Db) {
  const task = await db.task.findUnique({ where: { id: taskId } });
  // Another agency's task answers as not found.
  if (!task || !(canReportOnTask(viewer, task) || canManageTasks(viewer))) throw new NotFoundError("Không tìm thấy nhiệm vụ.");
  return task;
}

/** The lead agency's officer saves (creates or updates) the quarter's progress report while it is editable. */
export async function saveTaskReport(viewer: Viewer, rawInput: unknown, db: Db, today: Date): Promise<{ reportId: number }> {
  const parsed = taskReportSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const input = parsed.data;
  const task = await loadTask(viewer, input.taskId, db);
  if (!canReportOnTask(viewer, task)) throw new ForbiddenError("Chỉ đơn vị chủ trì được báo cáo tiến độ nhiệm vụ.");
  const period = await getWritablePeriod(db, input.periodId, today);
  return db.$transaction(async (tx) => {
    const existing = await tx.taskReport.findUnique({ where: { taskId_periodId: { taskId: task.id, periodId: period.id } } });
    if ((existing?.version ?? 0) !== input.version) {
      throw new ConflictError("Báo cáo tiến độ vừa được người khác cập nhật. Vui lòng tải lại trang rồi nhập lại.");
    }
    if (existing && !EDITABLE_STATUSES.has(existing.status)) throw new ConflictError("Báo cáo tiến độ đã được gửi nên không thể sửa.");
    const data = {
      reportedStatus: input.reportedStatus, progressPercent: input.progressPercent, note: input.note,
      evidenceUrl: input.evidenceUrl, updatedById: viewer.userId,
    };
    const report = existing
      ? await tx.taskReport.update({ where: { id: existing.id }, data: { ...data, version: { increment: 1 } } })
      : await tx.taskReport.create({ data: { ...data, taskId: task.id, periodId: period.id } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "taskReport.save", entity: "TaskReport", entityId: report.id,
      before: existing ? { status: existing.reportedStatus, progress: existing.progressPercent, note: existing.note } : null,
      after: { status: input.reportedStatus, progress: input.progressPercent, note: input.note },
    }]);
    return { reportId: report.id };
  });
}

async function loadReport(viewer: Viewer, reportId: number, db: Db) {
  const report = await db.taskReport.findUnique({ where: { id: reportId }, include: { task: true, period: true } });
  if (!report || !(canReportOnTask(viewer, report.task) || canManageTasks(viewer))) throw new NotFoundError("Không tìm thấy báo cáo tiến độ.");
  return report;
}

function parse<T>(schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: Parameters<typeof zodToDomainError>[0] } }, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  return parsed.data;
}

export async function submitTaskReport(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  const input = parse(taskReportTransitionSchema, rawInput);
  const report = await loadReport(viewer, input.reportId, db);
  if (!canReportOnTask(viewer, report.task)) throw new ForbiddenError();
  if (!EDITABLE_STATUSES.has(report.status)) throw new ConflictError("Báo cáo tiến độ đã được gửi trước đó.");
  await db.$transaction(async (tx) => {
    const updated = await tx.taskReport.updateMany({
      where: { id: report.id, version: input.version, status: report.status },
      data: { status: "SUBMITTED", submittedAt: now, returnReason: null, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await writeAudit(tx, [{ actorId: viewer.userId, action: "taskReport.submit", entity: "TaskReport", entityId: report.id, before: { status: report.status }, after: { status: "SUBMITTED" } }]);
  });
}

/** Approval moves the task to the reported status and progress; the agency's officers are notified. */
export async function approveTaskReport(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  const input = parse(taskReportTransitionSchema, rawInput);
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const report = await loadReport(viewer, input.reportId, db);
  if (report.status !== "SUBMITTED") throw new ConflictError("Chỉ phê duyệt được báo cáo đang chờ duyệt.");
  const noticeIds = await db.$transaction(async (tx) => {
    const updated = await tx.taskReport.updateMany({
      where: { id: report.id, version: input.version, status: "SUBMITTED" },
      data: { status: "APPROVED", reviewedAt: now, reviewedById: viewer.userId, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await tx.task.update({
      where: { id: report.taskId },
      data: {
        status: report.reportedStatus, progressPercent: report.progressPercent, version: { increment: 1 },
        completedAt: report.reportedStatus === "DONE" ? (report.task.completedAt ?? now) : null,
      },
    });
    await writeAudit(tx, [
      { actorId: viewer.userId, action: "taskReport.approve", entity: "TaskReport", entityId: report.id, before: { status: "SUBMITTED" }, after: { status: "APPROVED" } },
      { actorId: viewer.userId, action: "task.progress", entity: "Task", entityId: report.taskId, before: { status: report.task.status, progress: report.task.progressPercent }, after: { status: report.reportedStatus, progress: report.progressPercent } },
    ]);
    const officers = await officersOf(tx, { localityId: null, agencyId: report.task.leadAgencyId });
    return createNotices(tx, officers.map((o) => o.id), {
      kind: "SUBMISSION_APPROVED",
      title: `Báo cáo tiến độ nhiệm vụ ${formatQuarter(asQuarter(report.period), "vi")} đã được phê duyệt`,
      body: `Ban Chỉ đạo đã phê duyệt báo cáo tiến độ nhiệm vụ "${report.task.title}".`,
      link: `/entry/tasks?period=${quarterKey(asQuarter(report.period))}`,
    });
  });
  await emailNotices(db, noticeIds);
}

export async function returnTaskReport(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  const input = parse(taskReportReturnSchema, rawInput);
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const report = await loadReport(viewer, input.reportId, db);
  if (report.status !== "SUBMITTED") throw new ConflictError("Chỉ trả lại được báo cáo đang chờ duyệt.");
  const noticeIds = await db.$transaction(async (tx) => {
    const updated = await tx.taskReport.updateMany({
      where: { id: report.id, version: input.version, status: "SUBMITTED" },
      data: { status: "RETURNED", reviewedAt: now, reviewedById: viewer.userId, returnReason: input.reason, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ConflictError();
    await writeAudit(tx, [{ actorId: viewer.userId, action: "taskReport.return", entity: "TaskReport", entityId: report.id, before: { status: "SUBMITTED" }, after: { status: "RETURNED" }, reason: input.reason }]);
    const officers = await officersOf(tx, { localityId: null, agencyId: report.task.leadAgencyId });
    return createNotices(tx, officers.map((o) => o.id), {
      kind: "SUBMISSION_RETURNED",
      title: "Báo cáo tiến độ nhiệm vụ bị trả lại",
      body: `Ban Chỉ đạo trả lại báo cáo tiến độ nhiệm vụ "${report.task.title}": ${input.reason}`,
      link: `/entry/tasks?period=${quarterKey(asQuarter(report.period))}`,
    });
  });
  await emailNotices(db, noticeIds);
}
