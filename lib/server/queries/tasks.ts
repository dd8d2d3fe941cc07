import "server-only";
import { quarterEnd, quarterOf, quarterStart } from "@/lib/quarters";
import { countTaskStatuses, effectiveTaskStatus, isDueWithin, isTaskOpen, type TaskStatusView } from "@/lib/tasks";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canManageTasks, canReportOnTask, canViewTask } from "../permissions";
import type { Viewer } from "../viewer";
import { listPeriods, pickCurrentPeriod, pickPeriod, startedPeriods } from "./periods";

export type TaskFilter = "all" | "open" | "overdue" | "due-this-quarter";

const taskInclude = {
  pillar: { select: { code: true, nameVi: true, nameEn: true } },
  leadAgency: { select: { id: true, name: true, shortName: true } },
  cooperatingAgencies: { select: { agency: { select: { id: true, name: true } } } },
  localities: { select: { locality: { select: { id: true, name: true } } } },
  indicators: { select: { indicator: { select: { id: true, code: true, nameVi: true, nameEn: true } } } },
  conclusion: { select: { id: true, ordinal: true, text: true, meeting: { select: { id: true, title: true, heldOn: true } } } },
  plan: { select: { id: true, number: true, title: true } },
  reports: {
    orderBy: { period: { startsOn: "desc" } },
    take: 1,
    select: { id: true, status: true, reportedStatus: true, progressPercent: true, note: true, submittedAt: true, period: { select: { year: true, quarter: true } } },
  },
} satisfies Prisma.TaskInclude;

type TaskRow = Prisma.TaskGetPayload<{ include: typeof taskInclude }>;

function present(task: TaskRow, today: Date) {
  const effective = effectiveTaskStatus(task.status, task.deadline, today);
  return {
    ...task,
    effectiveStatus: effective,
    open: isTaskOpen(effective),
    cooperatingAgencyIds: task.cooperatingAgencies.map((c) => c.agency.id),
    latestReport: task.reports[0] ?? null,
  };
}

export type TaskView = ReturnType<typeof present>;

function matches(task: TaskView, filter: TaskFilter, today: Date): boolean {
  if (filter === "open") return task.open;
  if (filter === "overdue") return task.effectiveStatus === "OVERDUE";
  if (filter === "due-this-quarter") {
    const q = quarterOf(today);
    return task.open && isDueWithin(task.deadline, quarterStart(q), quarterEnd(q));
  }
  return true;
}

/**
 * Tasks for the board and the timeline: the committee sees all; an officer sees its agency's (lead or
 * co-operating). Filters: pillar, agency (lead), status view; sorted by deadline.
 */
export async function getTaskBoard(viewer: Viewer, options: { pillar?: string | null; agencyId?: number | null; filter?: TaskFilter }, db: Db, today: Date) {
  if (!canManageTasks(viewer) && !(viewer.role === "OFFICER" && viewer.agencyId !== null)) throw new ForbiddenError();
  const own = canManageTasks(viewer) ? {} : { OR: [{ leadAgencyId: viewer.agencyId ?? -1 }, { cooperatingAgencies: { some: { agencyId: viewer.agencyId ?? -1 } } }] };
  const [tasks, pillars, agencies] = await Promise.all([
    db.task.findMany({
      where: {
        ...own,
        ...(options.pillar ? { pillar: { code: options.pillar } } : {}),
        ...(options.agencyId ? { leadAgencyId: options.agencyId } : {}),
      },
      include: taskInclude,
      orderBy: [{ deadline: "asc" }, { id: "asc" }],
    }),
    db.pillar.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameVi: true, nameEn: true } }),
    db.agency.findMany({ where: { leadTasks: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const all = tasks.map((t) => present(t, today));
  const filter = options.filter ?? "all";
  const shown = all.filter((t) => matches(t, filter, today));
  return { tasks: shown, counts: countTaskStatuses(all.map((t) => t.effectiveStatus)), pillars, agencies, filter };
}

/** One task with its reports and links; hidden from agencies that neither lead nor co-operate. */
export async function getTaskDetail(viewer: Viewer, taskId: number, db: Db, today: Date) {
  const task = await db.task.findUnique({
    where: { id: taskId },
    include: {
      ...taskInclude,
      reports: {
        orderBy: { period: { startsOn: "desc" } },
        include: { period: true, updatedBy: { select: { name: true } }, reviewedBy: { select: { name: true } } },
      },
    },
  });
  if (!task) throw new NotFoundError("Không tìm thấy nhiệm vụ.");
  const view = { ...task, effectiveStatus: effectiveTaskStatus(task.status, task.deadline, today), cooperatingAgencyIds: task.cooperatingAgencies.map((c) => c.agency.id) };
  if (!canViewTask(viewer, view)) throw new NotFoundError("Không tìm thấy nhiệm vụ.");
  // A draft's content stays with the lead agency until sent; others learn only that a draft exists.
  const reports = view.reports.map((r) => (r.status !== "DRAFT" || canReportOnTask(viewer, view) ? r : { ...r, note: "", evidenceUrl: null, progressPercent: 0 }));
  return { ...view, reports };
}

/** Task counts per status and the overdue list, for the overview and the quarterly brief. */
export async function getTaskSummary(db: Db, today: Date) {
  const tasks = (await db.task.findMany({ include: taskInclude, orderBy: [{ deadline: "asc" }, { id: "asc" }] })).map((t) => present(t, today));
  const counts = countTaskStatuses(tasks.map((t) => t.effectiveStatus));
  return { total: tasks.length, counts, overdue: tasks.filter((t) => t.effectiveStatus === "OVERDUE") };
}

/** The officer's agency's tasks for the home page, with this quarter's report on each. */
export async function getAgencyTasks(viewer: Viewer, periodKey: string | null, db: Db, today: Date) {
  if (viewer.role !== "OFFICER" || viewer.agencyId === null) return null;
  const periods = startedPeriods(await listPeriods(db), today);
  const period = pickPeriod(periods, periodKey, pickCurrentPeriod(periods, today));
  const tasks = await db.task.findMany({
    where: { leadAgencyId: viewer.agencyId, status: { notIn: ["DONE", "CANCELLED"] } },
    include: { ...taskInclude, reports: { where: { periodId: period?.id ?? -1 }, take: 1, select: { id: true, status: true, reportedStatus: true, progressPercent: true, note: true, evidenceUrl: true, returnReason: true, version: true, submittedAt: true, period: { select: { year: true, quarter: true } } } } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
  });
  return {
    period,
    periods,
    tasks: tasks.map((t) => ({ ...t, effectiveStatus: effectiveTaskStatus(t.status, t.deadline, today) as TaskStatusView, report: t.reports[0] ?? null })),
  };
}

/** Submitted task progress reports awaiting the committee, for a period. */
export async function getTaskReviewQueue(viewer: Viewer, periodKey: string | null, db: Db, today: Date) {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const periods = startedPeriods(await listPeriods(db), today);
  const period = pickPeriod(periods, periodKey, pickCurrentPeriod(periods, today));
  // Drafts are the agency's own until sent: the committee's queue never reads them.
  const reports = await db.taskReport.findMany({
    where: { periodId: period?.id ?? -1, status: { not: "DRAFT" } },
    include: { task: { include: { leadAgency: { select: { name: true } }, pillar: { select: { code: true } } } }, updatedBy: { select: { name: true } } },
    orderBy: [{ status: "asc" }, { submittedAt: "asc" }],
  });
  return { period, periods, reports };
}
