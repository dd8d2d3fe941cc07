import { useTranslations } from "next-intl";
import type { TaskStatusView } from "@/lib/tasks";

const styles: Record<TaskStatusView, string> = {
  NOT_STARTED: "bg-slate-100 text-slate-700 ring-slate-300",
  IN_PROGRESS: "bg-brand-50 text-brand-700 ring-brand-600/30",
  OVERDUE: "bg-band-low-soft text-band-low ring-band-low/30",
  DONE: "bg-band-met-soft text-band-met ring-band-met/30",
  CANCELLED: "bg-band-none-soft text-band-none ring-band-none/30",
};

/** A task's status as people read it ("overdue" included): always text, never colour alone. Shared with the agency side. */
export function TaskStatusBadge({ status }: { status: TaskStatusView }) {
  const t = useTranslations("tasks.status");
  return (
    <span data-task-status={status} className={`inline-flex whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[status]}`}>
      {t(status)}
    </span>
  );
}

/** The chip colours of each status, for count summaries that sit beside the badges. */
export const taskStatusTone = styles;
