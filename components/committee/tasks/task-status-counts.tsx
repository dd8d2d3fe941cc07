import { useTranslations } from "next-intl";
import { formatValue, type Locale } from "@/lib/format";
import { TASK_STATUS_VIEWS, type TaskStatusView } from "@/lib/tasks";
import { taskStatusTone } from "./task-status-badge";

/** How many tasks stand at each status (within the chosen pillar and agency); overdue stands out in the low band's colour. */
export function TaskStatusCounts({ counts, locale }: { counts: Record<TaskStatusView, number>; locale: Locale }) {
  const t = useTranslations("tasks");
  return (
    <ul aria-label={t("countsLabel")} className="flex flex-wrap gap-2" data-testid="task-status-counts">
      {TASK_STATUS_VIEWS.map((status) => (
        <li
          key={status}
          data-status={status}
          className={`inline-flex min-h-9 items-center gap-2 rounded-full px-3 py-1 text-sm ring-1 ring-inset ${taskStatusTone[status]} ${status === "OVERDUE" && counts[status] > 0 ? "font-semibold" : ""}`}
        >
          {t(`status.${status}`)}
          <span className="rounded-full bg-white/70 px-1.5 text-xs font-bold tabular-nums">{formatValue(counts[status], "COUNT", locale)}</span>
        </li>
      ))}
    </ul>
  );
}
