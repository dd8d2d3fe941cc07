// Task status as people read it: "overdue" is not stored, it follows from the deadline and today.
export type StoredTaskStatus = "NOT_STARTED" | "IN_PROGRESS" | "DONE" | "CANCELLED";
export type TaskStatusView = StoredTaskStatus | "OVERDUE";

export const TASK_STATUS_VIEWS: readonly TaskStatusView[] = ["NOT_STARTED", "IN_PROGRESS", "OVERDUE", "DONE", "CANCELLED"];

/**
 * A task is overdue when today is past its deadline (a calendar date, stored at UTC midnight) and it is
 * neither done nor cancelled. A deadline of today is not overdue yet.
 */
export function effectiveTaskStatus(status: StoredTaskStatus, deadline: Date, today: Date): TaskStatusView {
  if (status === "DONE" || status === "CANCELLED") return status;
  return today.getTime() > deadline.getTime() ? "OVERDUE" : status;
}

export function isTaskOpen(status: TaskStatusView): boolean {
  return status !== "DONE" && status !== "CANCELLED";
}

export function countTaskStatuses(statuses: Iterable<TaskStatusView>): Record<TaskStatusView, number> {
  const counts = Object.fromEntries(TASK_STATUS_VIEWS.map((s) => [s, 0])) as Record<TaskStatusView, number>;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

/** Due within the quarter [start, end] (both calendar dates). */
export function isDueWithin(deadline: Date, start: Date, end: Date): boolean {
  return deadline.getTime() >= start.getTime() && deadline.getTime() <= end.getTime();
}
