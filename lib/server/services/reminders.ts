import "server-only";
import { daysUntil } from "@/lib/deadlines";
import { formatDate } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { Db } from "../db";
import { isUnsent, loadTrackerUnits } from "../queries/committee-tracker";
import { asQuarter } from "../queries/periods";
import { createNotices, emailNotices } from "./notifications";

/** A deadline is "near" this many days ahead. */
export const DEADLINE_NEAR_DAYS = 3;

/**
 * Reminds officers whose unit has not yet sent its report: once when the deadline is near, once when it has
 * passed (dedupe keys make repeated runs harmless). Who owes what comes from the submission tracker's
 * loadTrackerUnits, so the reminders and the tracker page agree. Run by `npm run reminders` (e.g. daily from
 * cron). Returns how many notices were created.
 */
export async function sendDeadlineReminders(db: Db, today: Date): Promise<number> {
  const periods = await db.reportingPeriod.findMany({ where: { status: "OPEN", startsOn: { lte: today } } });
  const created: number[] = [];
  for (const period of periods) {
    const days = daysUntil(period.deadline, today);
    const kind = days < 0 ? "DEADLINE_PASSED" : days <= DEADLINE_NEAR_DAYS ? "DEADLINE_NEAR" : null;
    if (!kind) continue;
    const owing = (await loadTrackerUnits(db, period, today)).filter((unit) => unit.due > 0 && isUnsent(unit));
    const label = formatQuarter(asQuarter(period), "vi");
    const ids = await db.$transaction((tx) => createNotices(tx, owing.flatMap((unit) => unit.officerIds), {
      kind,
      title: kind === "DEADLINE_NEAR" ? `Sắp đến hạn nộp báo cáo ${label}` : `Đã quá hạn nộp báo cáo ${label}`,
      body: kind === "DEADLINE_NEAR"
        ? `Hạn nộp báo cáo ${label} là ngày ${formatDate(period.deadline, "vi")} (còn ${days} ngày). Đơn vị chưa gửi báo cáo.`
        : `Hạn nộp báo cáo ${label} là ngày ${formatDate(period.deadline, "vi")}; đơn vị đã quá hạn ${-days} ngày và chưa gửi báo cáo.`,
      link: `/entry?period=${quarterKey(asQuarter(period))}`,
      dedupeKey: (userId) => `${kind}:${period.id}:${userId}`,
    }));
    created.push(...ids);
  }
  await emailNotices(db, created);
  return created.length;
}
