import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/page-header";
import { formatDate, type Locale } from "@/lib/format";
import { daysUntil } from "@/lib/deadlines";
import type { getTaskSummary } from "@/lib/server/queries/tasks";
import { TASK_STATUS_VIEWS } from "@/lib/tasks";

type TaskSummary = Awaited<ReturnType<typeof getTaskSummary>>;

/** Task counts per status and the overdue list: the follow-up side of the committee's overview. */
export async function TasksCard({ summary, locale, today }: { summary: Promise<TaskSummary>; locale: Locale; today: Date }) {
  const [data, t] = await Promise.all([summary, getTranslations("overviewTasks")]);
  return (
    <Card className="mt-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold text-brand-900">{t("heading")}</h2>
        <Link href="/committee/tasks" className="text-sm font-medium text-brand-700 hover:underline">{t("toBoard")}</Link>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5" data-testid="task-counts">
        {TASK_STATUS_VIEWS.map((status) => (
          <div key={status} className={`rounded-lg border p-3 ${status === "OVERDUE" ? "border-band-low/40 bg-band-low-soft" : "border-slate-200 bg-white"}`}>
            <dt className="text-xs font-medium text-slate-600">{t(`status.${status}`)}</dt>
            <dd className="text-2xl font-bold text-slate-900">{data.counts[status]}</dd>
          </div>
        ))}
      </dl>
      {data.overdue.length > 0 ? (
        <>
          <h3 className="mt-4 text-sm font-semibold text-band-low">{t("overdueHeading", { count: data.overdue.length })}</h3>
          <ul className="mt-1 divide-y divide-slate-100 text-sm" data-testid="overdue-tasks">
            {data.overdue.map((task) => (
              <li key={task.id} className="flex flex-wrap justify-between gap-2 py-2">
                <Link href={`/committee/tasks/${task.id}`} className="font-medium text-brand-700 hover:underline">{task.title}</Link>
                <span className="text-slate-600">
                  {task.leadAgency.name} · {t("overdueBy", { date: formatDate(task.deadline, locale), days: -daysUntil(task.deadline, today) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
