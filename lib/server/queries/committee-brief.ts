import "server-only";
import { composeBrief, type LaggardLine, type ReportingInput, type UnitKind } from "@/lib/brief-text";
import { isLate } from "@/lib/deadlines";
import { BANDS, countBands } from "@/lib/progress";
import { nextQuarter, quarterKey, type Quarter } from "@/lib/quarters";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canReviewSubmissions } from "../permissions";
import type { Viewer } from "../viewer";
import { loadTrackerUnits } from "./committee-tracker";
import { getProvinceScoreboard } from "./scoreboard";
import { getTaskSummary } from "./tasks";
import { daysUntil } from "@/lib/deadlines";

const KIND_ORDER: Record<UnitKind, number> = { AGENCY: 0, DISTRICT: 1, COMMUNE: 2 };

/**
 * The quarterly brief of the steering committee. Its targets, bands and counts come straight from
 * getProvinceScoreboard (approved values only), so the brief states exactly what the dashboard shows;
 * the reporting section adds who had to report for the period and how they did. Null when nothing is approved.
 */
export async function getQuarterlyBrief(viewer: Viewer, periodKey: string | null, db: Db, today: Date) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const board = await getProvinceScoreboard(db, periodKey);
  const period = board.period;
  if (!period) return null;

  const targets: (LaggardLine & { code: string; pillarCode: string })[] = board.rows.map((r) => ({
    code: r.code,
    pillarCode: r.pillarCode,
    nameVi: r.nameVi,
    unit: r.unit,
    leadAgency: r.leadAgency,
    actual: r.ytd,
    target: r.targetValue,
    progress: r.progress,
    band: r.band,
  }));
  const highlights = targets.filter((t) => t.band === "MET");
  const laggards = targets
    .filter((t) => t.band === "BELOW_50" || t.band === "FROM_50_TO_70")
    .sort((a, b) => (a.progress ?? 0) - (b.progress ?? 0));
  const pillars = board.pillars
    .map((p) => ({ code: p.code, nameVi: p.nameVi, nameEn: p.nameEn, counts: board.countsByPillar[p.code] ?? countBands([]) }))
    .filter((p) => BANDS.some((b) => p.counts[b] > 0));
  const [reporting, next, taskSummary] = await Promise.all([getReporting(db, period, today), getNextDeadline(db, period, today), getTaskSummary(db, today)]);
  const tasks = {
    total: taskSummary.total,
    counts: taskSummary.counts,
    overdue: taskSummary.overdue.map((t) => ({ title: t.title, leadAgency: t.leadAgency.name, deadline: t.deadline, daysOverdue: -daysUntil(t.deadline, today) })),
  };
  const data = {
    provinceName: board.province.name,
    period,
    generatedOn: today,
    counts: board.counts,
    pillars,
    targets,
    highlights,
    laggards,
    reporting,
    next,
    tasks,
  };
  return {
    ...data,
    periods: board.periods,
    periodKey: quarterKey(period),
    total: BANDS.reduce((sum, b) => sum + board.counts[b], 0),
    document: composeBrief(data),
  };
}

export type QuarterlyBrief = NonNullable<Awaited<ReturnType<typeof getQuarterlyBrief>>>;

/** The following period's deadline, only while it is still ahead: a brief on an old quarter reminds of nothing. */
async function getNextDeadline(db: Db, period: Quarter, today: Date) {
  const next = nextQuarter(period);
  const row = await db.reportingPeriod.findUnique({ where: { year_quarter: { year: next.year, quarter: next.quarter } }, select: { deadline: true } });
  return row && row.deadline >= today ? { period: next, deadline: row.deadline } : null;
}

const SENT = new Set(["SUBMITTED", "APPROVED"]);

/**
 * Who owed a report for the period and how each did by `today`, from the submission tracker's own list of
 * units (loadTrackerUnits), so the brief names the same late units as the tracker page. A returned report
 * is owed again: it is listed as returned, not as sent.
 */
async function getReporting(db: Db, q: Quarter, today: Date) {
  const period = await db.reportingPeriod.findUniqueOrThrow({ where: { year_quarter: { year: q.year, quarter: q.quarter } } });
  const units = (await loadTrackerUnits(db, period, today))
    .map((u) => ({
      name: u.name,
      kind: u.kind,
      status: u.status,
      submittedAt: u.submittedAt,
      returnReason: u.returnReason,
      late: u.late,
      daysLate: u.daysOverdue,
    }))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "vi"));
  const sent = units.filter((u) => SENT.has(u.status));
  const reporting: ReportingInput = {
    deadline: period.deadline,
    deadlinePassed: isLate(period.deadline, null, today),
    expected: {
      agencies: units.filter((u) => u.kind === "AGENCY").length,
      districts: units.filter((u) => u.kind === "DISTRICT").length,
      communes: units.filter((u) => u.kind === "COMMUNE").length,
    },
    onTime: sent.filter((u) => !u.late).length,
    late: sent.filter((u) => u.late),
    notSubmitted: units.filter((u) => u.status === "NOT_STARTED" || u.status === "DRAFT"),
    returned: units.filter((u) => u.status === "RETURNED"),
  };
  return { ...reporting, units };
}
