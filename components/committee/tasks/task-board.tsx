import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/format";
import type { TaskView } from "@/lib/server/queries/tasks";
import type { TaskBoardState } from "./board-state";
import { TaskCard } from "./task-card";

interface Group { key: string; name: string; tasks: TaskView[] }
interface BoardData { tasks: TaskView[]; pillars: { code: string; nameVi: string; nameEn: string }[] }

/** Columns per pillar (all three, even when empty, so the board keeps its shape) or per lead agency (only those with tasks). */
function groupTasks(data: BoardData, state: TaskBoardState, locale: Locale): Group[] {
  if (state.group === "agency") {
    const byAgency = new Map<number, Group>();
    for (const task of data.tasks) {
      const group = byAgency.get(task.leadAgency.id) ?? { key: `agency-${task.leadAgency.id}`, name: task.leadAgency.name, tasks: [] };
      group.tasks.push(task);
      byAgency.set(task.leadAgency.id, group);
    }
    return [...byAgency.values()].sort((a, b) => a.name.localeCompare(b.name, "vi"));
  }
  return data.pillars
    .filter((p) => state.pillar === null || p.code === state.pillar)
    .map((p) => ({ key: p.code, name: locale === "vi" ? p.nameVi : p.nameEn, tasks: data.tasks.filter((task) => task.pillar.code === p.code) }));
}

export function TaskBoard({ data, state, today, locale }: { data: BoardData; state: TaskBoardState; today: Date; locale: Locale }) {
  const t = useTranslations("tasks");
  const groups = groupTasks(data, state, locale);
  const columns = state.group === "pillar" && groups.length === 3 ? "lg:grid-cols-3" : "md:grid-cols-2 xl:grid-cols-3";
  return (
    <div className={`grid grid-cols-1 items-start gap-4 ${columns}`} data-testid="task-board">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`group-${group.key}`} data-group={group.key} className="rounded-lg border border-slate-200 bg-slate-100/70 p-3">
          <h2 id={`group-${group.key}`} className="mb-3 flex items-baseline justify-between gap-2 font-semibold text-brand-900">
            <span>{group.name}</span>
            <span className="shrink-0 text-xs font-medium text-slate-600">{t("groupCount", { count: group.tasks.length })}</span>
          </h2>
          {group.tasks.length === 0 ? (
            <p className="rounded-md border border-dashed border-slate-300 bg-white p-3 text-center text-sm text-slate-500">{t("groupEmpty")}</p>
          ) : (
            <ul className="grid gap-3">
              {group.tasks.map((task) => <li key={task.id}><TaskCard task={task} today={today} locale={locale} /></li>)}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
