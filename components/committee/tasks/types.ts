import type { getTaskDetail } from "@/lib/server/queries/tasks";

/** What the committee's task page shows: the task, its links and every quarterly report. */
export type TaskDetail = Awaited<ReturnType<typeof getTaskDetail>>;
export type TaskDetailReport = TaskDetail["reports"][number];
