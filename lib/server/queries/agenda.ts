import "server-only";
import { daysUntil, isLate } from "@/lib/deadlines";
import type { Db } from "../db";
import { unitExistsDuring } from "../permissions";
import type { Viewer } from "../viewer";
import { reporterOf } from "./entry";
import { listPeriods, startedPeriods } from "./periods";

/**
 * The officer's open quarters with their report's status and deadline: what is due, what is overdue. A locality
 * owes only the quarters it existed in (the 2025 reform created and ended units mid-year).
 */
export async function getOfficerAgenda(viewer: Viewer, db: Db, today: Date) {
  const reporter = reporterOf(viewer);
  const [all, unit] = await Promise.all([
    listPeriods(db),
    reporter.localityId !== null ? db.locality.findUnique({ where: { id: reporter.localityId }, select: { validFrom: true, validTo: true } }) : null,
  ]);
  const periods = startedPeriods(all, today).filter((p) => p.status === "OPEN" && (!unit || unitExistsDuring(unit, p)));
  const submissions = await db.submission.findMany({
    where: { periodId: { in: periods.map((p) => p.id) }, ...(reporter.agencyId !== null ? { agencyId: reporter.agencyId } : { localityId: reporter.localityId ?? -1 }) },
    select: { periodId: true, status: true, submittedAt: true },
  });
  return periods.map((period) => {
    const submission = submissions.find((s) => s.periodId === period.id);
    const status = submission?.status ?? "DRAFT";
    const open = status === "DRAFT" || status === "RETURNED";
    return {
      period,
      status,
      daysLeft: daysUntil(period.deadline, today),
      overdue: open && isLate(period.deadline, null, today),
      submittedLate: submission?.submittedAt ? isLate(period.deadline, submission.submittedAt, today) : false,
      needsAction: open,
    };
  });
}

export type OfficerAgenda = Awaited<ReturnType<typeof getOfficerAgenda>>;
