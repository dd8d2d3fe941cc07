import Link from "next/link";
import { useTranslations } from "next-intl";
import { TaskDeadline } from "@/components/committee/tasks/task-deadline";
import { TaskStatusBadge } from "@/components/committee/tasks/task-status-badge";
import type { Locale } from "@/lib/format";
import { isTaskOpen } from "@/lib/tasks";
import { AssignTaskDialog } from "./assign-task-dialog";
import type { MeetingConclusion, TaskFormOptions } from "./types";

/** The meeting's conclusions in order; under each, the tasks it became and the button that assigns another. */
export function ConclusionList({ conclusions, options, today, locale }: { conclusions: MeetingConclusion[]; options: TaskFormOptions; today: Date; locale: Locale }) {
  const t = useTranslations("meetings.detail");
  return (
    <section aria-labelledby="conclusions-heading">
      <h2 id="conclusions-heading" className="mb-3 text-lg font-semibold text-brand-900">{t("conclusionsHeading", { count: conclusions.length })}</h2>
      <ol className="grid gap-4">
        {conclusions.map((c) => (
          <li key={c.id} data-conclusion={c.ordinal}>
            <section aria-labelledby={`conclusion-${c.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h3 id={`conclusion-${c.id}`} className="font-semibold text-brand-900">{t("conclusion", { n: c.ordinal })}</h3>
                <AssignTaskDialog conclusion={{ id: c.id, ordinal: c.ordinal, text: c.text }} options={options} locale={locale} />
              </div>
              <p className="mt-1 whitespace-pre-line text-slate-800">{c.text}</p>
              <h4 className="mt-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{t("tasksHeading", { count: c.tasks.length })}</h4>
              {c.tasks.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600">{t("noTasks")}</p>
              ) : (
                <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200" data-testid={`conclusion-${c.ordinal}-tasks`}>
                  {c.tasks.map((task) => (
                    <li key={task.id} data-task-id={task.id} className="flex flex-col gap-1 p-2.5 text-sm sm:flex-row sm:items-center sm:justify-between sm:gap-3">
                      <div className="min-w-0">
                        <Link href={`/committee/tasks/${task.id}`} className="font-medium text-brand-700 hover:underline">{task.title}</Link>
                        <p className="text-slate-600">{task.leadAgency.name} · <TaskDeadline deadline={task.deadline} today={today} open={isTaskOpen(task.effectiveStatus)} locale={locale} /></p>
                      </div>
                      <span className="shrink-0"><TaskStatusBadge status={task.effectiveStatus} /></span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </li>
        ))}
      </ol>
    </section>
  );
}
