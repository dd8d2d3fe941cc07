// The brief's sentences about tasks: counts per status and the overdue list.
import type { TaskStatusView } from "./tasks";

export interface BriefTaskLine { title: string; leadAgency: string; deadline: Date; daysOverdue: number }
export interface BriefTasks { total: number; counts: Record<TaskStatusView, number>; overdue: BriefTaskLine[] }

const dd = (n: number) => String(n).padStart(2, "0");
const date = (d: Date) => `${dd(d.getUTCDate())}/${dd(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

/** "Tổng số 14 nhiệm vụ: 3 hoàn thành, 6 đang thực hiện, 1 chưa bắt đầu, 3 quá hạn, 1 đã huỷ." */
export function taskCountSentence(tasks: BriefTasks): string {
  if (tasks.total === 0) return "Chưa có nhiệm vụ nào được giao trên hệ thống.";
  const parts: [number, string][] = [
    [tasks.counts.DONE, "hoàn thành"],
    [tasks.counts.IN_PROGRESS, "đang thực hiện"],
    [tasks.counts.NOT_STARTED, "chưa bắt đầu"],
    [tasks.counts.OVERDUE, "quá hạn"],
    [tasks.counts.CANCELLED, "đã huỷ"],
  ];
  const said = parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
  return `Về các nhiệm vụ theo kế hoạch và kết luận của Ban Chỉ đạo: tổng số ${tasks.total} nhiệm vụ, trong đó ${said.join(", ")}.`;
}

export function overdueTaskItem(t: BriefTaskLine): string {
  return `${t.title} (${t.leadAgency} chủ trì; thời hạn ${date(t.deadline)}, đã quá hạn ${t.daysOverdue} ngày).`;
}
