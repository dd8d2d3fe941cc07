import "server-only";
import { parseIsoDate } from "@/lib/today";
import { periodDeadlineSchema, periodLockSchema } from "@/lib/schemas/reporting";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canAdminister } from "../permissions";
import type { Viewer } from "../viewer";
import { zodToDomainError } from "./zod-errors";

/** Admin locks a period (only admins may change its values afterwards) or opens it again. Audited. */
export async function setPeriodLock(viewer: Viewer, rawInput: unknown, db: Db, now: Date): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = periodLockSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const { periodId, lock } = parsed.data;
  await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: periodId } });
    if (!period) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
    const status = lock === "lock" ? "LOCKED" : "OPEN";
    if (period.status === status) throw new ConflictError(lock === "lock" ? "Kỳ báo cáo đã khoá từ trước." : "Kỳ báo cáo đang mở.");
    await tx.reportingPeriod.update({
      where: { id: periodId },
      data: lock === "lock" ? { status, lockedAt: now, lockedById: viewer.userId } : { status, lockedAt: null, lockedById: null },
    });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: lock === "lock" ? "period.lock" : "period.unlock", entity: "ReportingPeriod", entityId: periodId,
      before: { status: period.status }, after: { status },
    }]);
  });
}

/** Admin sets a period's submission deadline (a calendar date in Vietnam). Audited. */
export async function setPeriodDeadline(viewer: Viewer, rawInput: unknown, db: Db): Promise<void> {
  if (!canAdminister(viewer)) throw new ForbiddenError();
  const parsed = periodDeadlineSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const deadline = parseIsoDate(parsed.data.deadline);
  if (!deadline) throw new DomainValidationError("Hạn nộp không phải một ngày có thật.", { deadline: ["Ngày không hợp lệ."] });
  await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: parsed.data.periodId } });
    if (!period) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
    if (deadline < period.startsOn) {
      throw new DomainValidationError("Hạn nộp không thể trước ngày bắt đầu kỳ báo cáo.", { deadline: ["Hạn nộp trước ngày bắt đầu kỳ."] });
    }
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { deadline } });
    await writeAudit(tx, [{
      actorId: viewer.userId, action: "period.deadline", entity: "ReportingPeriod", entityId: period.id,
      before: { deadline: period.deadline.toISOString().slice(0, 10) }, after: { deadline: parsed.data.deadline },
    }]);
  });
}
