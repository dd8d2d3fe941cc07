import "server-only";
import { idSchema } from "@/lib/schemas/common";
import { z } from "@/lib/schemas/zod-locale";
import { formatDate } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { writeAudit } from "../audit";
import type { Db } from "../db";
import { DomainValidationError, ForbiddenError, NotFoundError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import { isRemindable, loadTrackerUnits, type TrackerUnit } from "../queries/committee-tracker";
import { asQuarter } from "../queries/periods";
import type { Viewer } from "../viewer";
import { createNotices, emailNotices } from "./notifications";
import { zodToDomainError } from "./zod-errors";

const remindSchema = z.object({ periodId: idSchema("Kỳ báo cáo không hợp lệ.") });

function noticeBody(unit: TrackerUnit, label: string, deadline: string): string {
  const state = unit.status === "RETURNED" ? "báo cáo bị trả lại chưa được gửi lại" : unit.status === "DRAFT" ? "báo cáo còn đang soạn, chưa gửi" : "đơn vị chưa lập báo cáo";
  return `Ban Chỉ đạo nhắc: hạn nộp báo cáo ${label} là ngày ${deadline}; ${unit.name} đã quá hạn ${unit.daysOverdue ?? 0} ngày và ${state}. Đề nghị hoàn thành và gửi báo cáo sớm.`;
}

/**
 * The committee's one-click reminder: a DEADLINE_PASSED notice to every active officer of each late unit
 * that has not sent its report. Repeatable on later days, but once per officer per day (the dedupe key
 * carries the date). Notices and the audit row commit together; e-mail goes out after the commit.
 */
export async function remindLateReporters(viewer: Viewer, rawInput: unknown, db: Db, today: Date): Promise<{ reporters: number; notices: number }> {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const parsed = remindSchema.safeParse(rawInput);
  if (!parsed.success) throw zodToDomainError(parsed.error);
  const period = await db.reportingPeriod.findUnique({ where: { id: parsed.data.periodId } });
  if (!period || period.startsOn > today) throw new NotFoundError("Không tìm thấy kỳ báo cáo.");
  if (period.status === "LOCKED") throw new DomainValidationError("Kỳ báo cáo đã khoá, các đơn vị không thể gửi báo cáo nên không gửi nhắc nhở.");

  const late = (await loadTrackerUnits(db, period, today)).filter(isRemindable);
  const label = formatQuarter(asQuarter(period), "vi");
  const deadline = formatDate(period.deadline, "vi");
  const day = today.toISOString().slice(0, 10);
  const { ids, reporters } = await db.$transaction(async (tx) => {
    const ids: number[] = [];
    let reporters = 0;
    for (const unit of late) {
      const created = await createNotices(tx, unit.officerIds, {
        kind: "DEADLINE_PASSED",
        title: `Nhắc nộp báo cáo ${label}: đã quá hạn`,
        body: noticeBody(unit, label, deadline),
        link: `/entry?period=${quarterKey(asQuarter(period))}`,
        dedupeKey: (userId) => `remind:${period.id}:${userId}:${day}`,
      });
      if (created.length > 0) reporters += 1;
      ids.push(...created);
    }
    // Nothing written (everyone was already reminded today) leaves nothing to audit.
    if (ids.length > 0) {
      await writeAudit(tx, [{ actorId: viewer.userId, action: "tracker.remind", entity: "ReportingPeriod", entityId: period.id, after: { reporters, notices: ids.length } }]);
    }
    return { ids, reporters };
  });
  await emailNotices(db, ids);
  return { reporters, notices: ids.length };
}
