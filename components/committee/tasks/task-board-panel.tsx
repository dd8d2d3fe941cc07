import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/format";
import type { getTaskBoard } from "@/lib/server/queries/tasks";
import type { TaskBoardState } from "./board-state";
import { TaskBoard } from "./task-board";
import { TaskBoardFilters } from "./task-board-filters";
import { TaskStatusCounts } from "./task-status-counts";
import { TaskTimeline } from "./task-timeline";

type TaskBoardData = Awaited<ReturnType<typeof getTaskBoard>>;

/** Counts, filters, then the board or the timeline of the filtered tasks. */
export async function TaskBoardPanel({ data, state, today, locale }: { data: Promise<TaskBoardData>; state: TaskBoardState; today: Date; locale: Locale }) {
  const [board, t] = await Promise.all([data, getTranslations("tasks")]);
  const total = Object.values(board.counts).reduce((sum, n) => sum + n, 0);
  return (
    <div className="grid grid-cols-1 gap-4">
      <section aria-label={t("filters.label")} className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <TaskStatusCounts counts={board.counts} locale={locale} />
        <TaskBoardFilters state={state} pillars={board.pillars} agencies={board.agencies} locale={locale} />
      </section>
      <p role="status" className="text-sm text-slate-600">{t("shown", { shown: board.tasks.length, total })}</p>
      {board.tasks.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{total === 0 ? t("noTasks") : t("empty")}</p>
      ) : state.view === "timeline" ? (
        <TaskTimeline tasks={board.tasks} today={today} locale={locale} />
      ) : (
        <TaskBoard data={board} state={state} today={today} locale={locale} />
      )}
    </div>
  );
}
