import "server-only";
import { daysUntil, endOfDeadlineDay, isLate } from "@/lib/deadlines";
import type { Db } from "../db";
import { ForbiddenError } from "../errors";
import { canReviewSubmissions, type Reporter } from "../permissions";
import type { Viewer } from "../viewer";
import { listPeriods, pickCurrentPeriod, pickPeriod, startedPeriods } from "./periods";

export const TRACKER_STATUSES = ["NOT_STARTED", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] as const;
export const TRACKER_KINDS = ["AGENCY", "DISTRICT", "COMMUNE"] as const;
export const TRACKER_SORTS = ["name", "status", "submitted", "overdue"] as const;
export type TrackerStatus = (typeof TRACKER_STATUSES)[number];
export type TrackerKind = (typeof TRACKER_KINDS)[number];
export type TrackerSort = (typeof TRACKER_SORTS)[number];

/** Statuses in which the unit still owes its report: they turn late once the deadline day has passed. */
const UNSENT: ReadonlySet<TrackerStatus> = new Set(["NOT_STARTED", "DRAFT", "RETURNED"]);
const DAY_MS = 24 * 60 * 60 * 1000;

export interface TrackerFilters { periodKey: string | null; status: TrackerStatus | null; kind: TrackerKind | null; lateOnly: boolean; sort: TrackerSort }

const pick = <T extends string>(allowed: readonly T[], value: unknown): T | null =>
  typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : null;

/** Filters from a URL (page search params or the export's query string); anything unknown is ignored. */
export function parseTrackerFilters(params: Record<string, string | string[] | undefined>): TrackerFilters {
  const one = (name: string) => (typeof params[name] === "string" ? params[name] : undefined);
  return {
    periodKey: one("period") ?? null,
    status: pick(TRACKER_STATUSES, one("status")),
    kind: pick(TRACKER_KINDS, one("kind")),
    lateOnly: one("late") === "1",
    sort: pick(TRACKER_SORTS, one("sort")) ?? "name",
  };
}

export interface TrackerPeriod { id: number; year: number; quarter: number; startsOn: Date; endsOn: Date; deadline: Date }

/** One unit that owes (or has opened) a report for the period. `officerIds` are its active officers. */
export interface TrackerUnit {
  key: string;
  reporter: Reporter;
  name: string;
  kind: TrackerKind;
  parentName: string | null;
  status: TrackerStatus;
  submissionId: number | null;
  filled: number;
  due: number;
  submittedAt: Date | null;
  late: boolean;
  daysOverdue: number | null;
  returnReason: string | null;
  lastReminderAt: Date | null;
  officerIds: number[];
}

/** How many days late: for a report still owed, days since the deadline; for one sent, days past the deadline day. */
function overdueDays(deadline: Date, status: TrackerStatus, submittedAt: Date | null, today: Date): number | null {
  if (UNSENT.has(status) || submittedAt === null) return isLate(deadline, null, today) ? -daysUntil(deadline, today) : null;
  if (!isLate(deadline, submittedAt, today)) return null;
  return Math.max(1, Math.ceil((submittedAt.getTime() - endOfDeadlineDay(deadline).getTime()) / DAY_MS));
}

/** The unit still owes its report: not started, a draft, or returned. */
export function isUnsent(unit: TrackerUnit): boolean {
  return UNSENT.has(unit.status);
}

export function isRemindable(unit: TrackerUnit): boolean {
  return unit.late && UNSENT.has(unit.status) && unit.officerIds.length > 0;
}

const unitKey = (r: Reporter) => (r.agencyId !== null ? `agency:${r.agencyId}` : `locality:${r.localityId}`);

/**
 * Every unit of the period, in a fixed number of queries whatever the number of units. Due targets follow
 * getDueTargets: agencies owe the provincial targets they lead, districts and communes (valid during the
 * quarter) their own; annual indicators only in Q4. A unit that opened a report without owing one is kept.
 */
export async function loadTrackerUnits(db: Db, period: TrackerPeriod, today: Date): Promise<TrackerUnit[]> {
  const frequencies = period.quarter === 4 ? (["QUARTERLY", "ANNUAL"] as const) : (["QUARTERLY"] as const);
  const validDuring = { validFrom: { lte: period.endsOn }, OR: [{ validTo: null }, { validTo: { gt: period.startsOn } }] };
  const reminderKeys = [`DEADLINE_NEAR:${period.id}:`, `DEADLINE_PASSED:${period.id}:`, `remind:${period.id}:`];
  const [targets, submissions, filledActuals, officers, reminders] = await Promise.all([
    db.target.findMany({
      where: {
        year: period.year,
        indicator: { active: true, frequency: { in: [...frequencies] } },
        OR: [
          { leadAgencyId: { not: null }, locality: { level: "PROVINCE" } },
          { locality: { level: { in: ["DISTRICT", "COMMUNE"] }, ...validDuring } },
        ],
      },
      select: { indicatorId: true, localityId: true, leadAgencyId: true, locality: { select: { level: true } } },
    }),
    db.submission.findMany({
      where: { periodId: period.id },
      select: { id: true, status: true, agencyId: true, localityId: true, submittedAt: true, returnReason: true },
    }),
    db.actual.findMany({ where: { periodId: period.id, value: { not: null } }, select: { submissionId: true, indicatorId: true, localityId: true } }),
    db.user.findMany({ where: { role: "OFFICER", OR: [{ agencyId: { not: null } }, { localityId: { not: null } }] }, select: { id: true, active: true, agencyId: true, localityId: true } }),
    db.notification.groupBy({
      by: ["userId"],
      where: { kind: { in: ["DEADLINE_NEAR", "DEADLINE_PASSED"] }, OR: reminderKeys.map((prefix) => ({ dedupeKey: { startsWith: prefix } })) },
      _max: { createdAt: true },
    }),
  ]);

  // Due (indicator, locality) pairs per unit.
  const dueByUnit = new Map<string, Set<string>>();
  const addDue = (reporter: Reporter, indicatorId: number, localityId: number) => {
    const key = unitKey(reporter);
    if (!dueByUnit.has(key)) dueByUnit.set(key, new Set());
    dueByUnit.get(key)?.add(`${indicatorId}:${localityId}`);
  };
  for (const t of targets) {
    if (t.locality.level === "PROVINCE") addDue({ agencyId: t.leadAgencyId, localityId: null }, t.indicatorId, t.localityId);
    else addDue({ agencyId: null, localityId: t.localityId }, t.indicatorId, t.localityId);
  }
  const submissionByUnit = new Map(submissions.map((s) => [unitKey(s.agencyId !== null ? { agencyId: s.agencyId, localityId: null } : { agencyId: null, localityId: s.localityId }), s]));
  const keys = new Set([...dueByUnit.keys(), ...submissionByUnit.keys()]);
  const agencyIds = [...keys].filter((k) => k.startsWith("agency:")).map((k) => Number(k.slice(7)));
  const localityIds = [...keys].filter((k) => k.startsWith("locality:")).map((k) => Number(k.slice(9)));
  const [agencies, localities] = await Promise.all([
    db.agency.findMany({ where: { id: { in: agencyIds } }, select: { id: true, name: true } }),
    db.locality.findMany({ where: { id: { in: localityIds } }, select: { id: true, name: true, level: true, parent: { select: { name: true } } } }),
  ]);

  const lastReminder = new Map(reminders.map((r) => [r.userId, r._max.createdAt]));
  const filledBySubmission = new Map<number, string[]>();
  for (const a of filledActuals) filledBySubmission.set(a.submissionId, [...(filledBySubmission.get(a.submissionId) ?? []), `${a.indicatorId}:${a.localityId}`]);
  const units: TrackerUnit[] = [];
  for (const key of keys) {
    const agency = key.startsWith("agency:") ? agencies.find((a) => `agency:${a.id}` === key) : undefined;
    const locality = agency ? undefined : localities.find((l) => `locality:${l.id}` === key);
    if (!agency && (!locality || locality.level === "PROVINCE")) continue;
    const reporter: Reporter = agency ? { agencyId: agency.id, localityId: null } : { agencyId: null, localityId: locality?.id ?? null };
    const own = officers.filter((o) => (agency ? o.agencyId === agency.id : o.agencyId === null && o.localityId === reporter.localityId));
    const submission = submissionByUnit.get(key) ?? null;
    const due = dueByUnit.get(key) ?? new Set<string>();
    const status: TrackerStatus = submission?.status ?? "NOT_STARTED";
    const submittedAt = submission && !UNSENT.has(status) ? submission.submittedAt : null;
    const daysOverdue = overdueDays(period.deadline, status, submittedAt, today);
    const reminderTimes = own.map((o) => lastReminder.get(o.id)?.getTime() ?? 0).filter((t) => t > 0);
    units.push({
      key,
      reporter,
      name: agency?.name ?? locality?.name ?? "",
      kind: agency ? "AGENCY" : locality?.level === "DISTRICT" ? "DISTRICT" : "COMMUNE",
      parentName: locality?.level === "COMMUNE" ? (locality.parent?.name ?? null) : null,
      status,
      submissionId: submission?.id ?? null,
      filled: submission ? (filledBySubmission.get(submission.id) ?? []).filter((pair) => due.has(pair)).length : 0,
      due: due.size,
      submittedAt: submission?.submittedAt ?? null,
      late: daysOverdue !== null,
      daysOverdue,
      returnReason: status === "RETURNED" ? (submission?.returnReason ?? null) : null,
      lastReminderAt: reminderTimes.length > 0 ? new Date(Math.max(...reminderTimes)) : null,
      officerIds: own.filter((o) => o.active).map((o) => o.id),
    });
  }
  return units;
}

const byName = (a: TrackerUnit, b: TrackerUnit) => a.name.localeCompare(b.name, "vi");
const COMPARE: Record<TrackerSort, (a: TrackerUnit, b: TrackerUnit) => number> = {
  name: byName,
  status: (a, b) => TRACKER_STATUSES.indexOf(a.status) - TRACKER_STATUSES.indexOf(b.status) || byName(a, b),
  // Latest first; units that have sent nothing go last.
  submitted: (a, b) => (b.submittedAt?.getTime() ?? -Infinity) - (a.submittedAt?.getTime() ?? -Infinity) || byName(a, b),
  overdue: (a, b) => (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) || byName(a, b),
};

/**
 * The committee's submission tracker for a period: every unit that owes a report, whether it has opened
 * one or not. Counts per status follow the kind and late filters (so the chips say what a click shows);
 * `remind` counts the late, unsent units and their active officers, whatever the filters.
 */
export async function getSubmissionTracker(viewer: Viewer, filters: TrackerFilters, db: Db, today: Date) {
  if (!canReviewSubmissions(viewer)) throw new ForbiddenError();
  const periods = startedPeriods(await listPeriods(db), today);
  const period = pickPeriod(periods, filters.periodKey, pickCurrentPeriod(periods, today));
  const counts = Object.fromEntries(TRACKER_STATUSES.map((s) => [s, 0])) as Record<TrackerStatus, number>;
  if (!period) return { periods, period: null, filters, rows: [], counts, total: 0, lateCount: 0, summary: { units: 0, late: 0 }, remind: { reporters: 0, officers: 0 } };

  const units = await loadTrackerUnits(db, period, today);
  const remindable = units.filter(isRemindable);
  const scoped = units.filter((u) => (filters.kind === null || u.kind === filters.kind) && (!filters.lateOnly || u.late));
  for (const u of scoped) counts[u.status] += 1;
  const rows = scoped
    .filter((u) => filters.status === null || u.status === filters.status)
    .sort(COMPARE[filters.sort])
    .map(({ officerIds, ...row }) => ({ ...row, officers: officerIds.length }));
  return {
    periods,
    period,
    filters,
    rows,
    counts,
    total: scoped.length,
    lateCount: units.filter((u) => (filters.kind === null || u.kind === filters.kind) && u.late).length,
    summary: { units: units.length, late: units.filter((u) => u.late).length },
    remind: { reporters: remindable.length, officers: remindable.reduce((n, u) => n + u.officerIds.length, 0) },
  };
}

export type SubmissionTracker = Awaited<ReturnType<typeof getSubmissionTracker>>;
export type TrackerRow = SubmissionTracker["rows"][number];
