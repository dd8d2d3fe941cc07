import "server-only";
import { effectiveTaskStatus, isTaskOpen } from "@/lib/tasks";
import type { Db } from "../db";
import { ForbiddenError, NotFoundError } from "../errors";
import { canManageTasks } from "../permissions";
import type { Viewer } from "../viewer";

const conclusionsInclude = {
  orderBy: { ordinal: "asc" as const },
  include: {
    tasks: {
      orderBy: { id: "asc" as const },
      select: { id: true, title: true, deadline: true, status: true, progressPercent: true, leadAgency: { select: { name: true } } },
    },
  },
};

/** Meetings, newest first, with how many conclusions and tasks each produced. */
export async function listMeetings(viewer: Viewer, db: Db) {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  return db.meeting.findMany({
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    include: { conclusions: { select: { id: true, _count: { select: { tasks: true } } } } },
  });
}

/**
 * One meeting with its conclusions and the tasks they became, plus its agenda carried over from the previous
 * meeting: every task from that meeting's conclusions that is still open or overdue.
 */
export async function getMeetingDetail(viewer: Viewer, meetingId: number, db: Db, today: Date) {
  if (!canManageTasks(viewer)) throw new NotFoundError("Không tìm thấy cuộc họp.");
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, include: { conclusions: conclusionsInclude } });
  if (!meeting) throw new NotFoundError("Không tìm thấy cuộc họp.");
  const previous = await db.meeting.findFirst({
    where: { OR: [{ heldOn: { lt: meeting.heldOn } }, { heldOn: meeting.heldOn, id: { lt: meeting.id } }] },
    orderBy: [{ heldOn: "desc" }, { id: "desc" }],
    include: { conclusions: conclusionsInclude },
  });
  const withStatus = <T extends { status: "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED"; deadline: Date }>(task: T) => ({
    ...task,
    effectiveStatus: effectiveTaskStatus(task.status, task.deadline, today),
  });
  const carriedOver = (previous?.conclusions ?? [])
    .flatMap((c) => c.tasks.map((t) => ({ ...withStatus(t), conclusion: c.text })))
    .filter((t) => isTaskOpen(t.effectiveStatus));
  return {
    meeting: { ...meeting, conclusions: meeting.conclusions.map((c) => ({ ...c, tasks: c.tasks.map(withStatus) })) },
    previous: previous ? { id: previous.id, title: previous.title, heldOn: previous.heldOn } : null,
    carriedOver,
  };
}

/** The choices the "conclusion → task" form offers. */
export async function getTaskFormOptions(viewer: Viewer, db: Db) {
  if (!canManageTasks(viewer)) throw new ForbiddenError();
  const [pillars, agencies, localities, indicators] = await Promise.all([
    db.pillar.findMany({ orderBy: { sortOrder: "asc" }, select: { code: true, nameVi: true, nameEn: true } }),
    db.agency.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.locality.findMany({ where: { validTo: null }, orderBy: [{ level: "asc" }, { name: "asc" }], select: { id: true, name: true, level: true } }),
    db.indicator.findMany({ where: { active: true }, orderBy: { code: "asc" }, select: { id: true, code: true, nameVi: true, nameEn: true } }),
  ]);
  return { pillars, agencies, localities, indicators };
}
