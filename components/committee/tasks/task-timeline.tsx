import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/format";
import { compareQuarters, formatQuarter, quarterKey, quarterOf, type Quarter } from "@/lib/quarters";
import type { TaskView } from "@/lib/server/queries/tasks";
import { TaskDeadline } from "./task-deadline";
import { TaskKindBadge } from "./task-kind-badge";
import { TaskStatusBadge } from "./task-status-badge";

const dot: Record<TaskView["effectiveStatus"], string> = {
  NOT_STARTED: "bg-white border-slate-400",
  IN_PROGRESS: "bg-brand-600 border-brand-600",
  OVERDUE: "bg-band-low border-band-low",
  DONE: "bg-band-met border-band-met",
  CANCELLED: "bg-band-none-soft border-band-none",
};

function byQuarter(tasks: TaskView[]): { quarter: Quarter; tasks: TaskView[] }[] {
  const groups = new Map<string, { quarter: Quarter; tasks: TaskView[] }>();
  for (const task of tasks) {
    const quarter = quarterOf(task.deadline);
    const group = groups.get(quarterKey(quarter)) ?? { quarter, tasks: [] };
    group.tasks.push(task);
    groups.set(quarterKey(quarter), group);
  }
  return [...groups.values()].sort((a, b) => compareQuarters(a.quarter, b.quarter));
}

/** Tasks in deadline order along a vertical line, one stretch per quarter ("Quý II/2025"). */
export function TaskTimeline({ tasks, today, locale }: { tasks: TaskView[]; today: Date; locale: Locale }) {
  const t = useTranslations("tasks");
  const current = quarterOf(today);
  return (
    <div className="grid gap-6" data-testid="task-timeline">
      {byQuarter(tasks).map(({ quarter, tasks: inQuarter }) => (
        <section key={quarterKey(quarter)} aria-labelledby={`q-${quarterKey(quarter)}`}>
          <h2 id={`q-${quarterKey(quarter)}`} className="mb-2 flex flex-wrap items-baseline gap-2 font-semibold text-brand-900">
            {formatQuarter(quarter, locale)}
            {compareQuarters(quarter, current) === 0 ? <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t("timeline.current")}</span> : null}
            <span className="text-xs font-medium text-slate-600">{t("groupCount", { count: inQuarter.length })}</span>
          </h2>
          <ol className="relative ml-2 border-l-2 border-slate-300 pl-5">
            {inQuarter.map((task) => (
              <li key={task.id} data-task-id={task.id} className="relative pb-4 last:pb-0">
                <span aria-hidden="true" className={`absolute -left-[1.72rem] top-1.5 h-3 w-3 rounded-full border-2 ${dot[task.effectiveStatus]}`} />
                <div className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
                  <p className="text-sm"><TaskDeadline deadline={task.deadline} today={today} open={task.open} locale={locale} /></p>
                  <p className="mt-1 font-semibold leading-snug">
                    <Link href={`/committee/tasks/${task.id}`} className="text-brand-800 hover:underline">{task.title}</Link>
                  </p>
                  <div className="mt-1 flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
                    <TaskStatusBadge status={task.effectiveStatus} />
                    <TaskKindBadge kind={task.kind} verdict={task.evaluationVerdict} />
                    <span>{task.leadAgency.name}</span>
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
