import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TaskStatusBadge } from "@/components/committee/tasks/task-status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { asQuarter } from "@/lib/server/queries/periods";
import { TaskDeadline } from "@/components/committee/tasks/task-deadline";
import type { AgencyTasks } from "./types";

const SHOWN = 5;

/** The agency's open tasks on the officer's home page: what is due, and whether the quarter's progress is reported. */
export async function HomeTasksCard({ tasks, locale, today }: { tasks: AgencyTasks | null; locale: Locale; today: Date }) {
  const t = await getTranslations("agencyTasks");
  if (!tasks || tasks.tasks.length === 0) return null;
  const { period } = tasks;
  const key = period ? quarterKey(asQuarter(period)) : null;
  const quarter = period ? formatQuarter(asQuarter(period), locale) : "";
  const reported = tasks.tasks.filter((task) => task.report?.status === "SUBMITTED" || task.report?.status === "APPROVED").length;
  const href = key ? `/entry/tasks?period=${key}` : "/entry/tasks";
  return (
    <Card className="mb-6">
      <div className="mb-2 flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="font-semibold text-brand-900">{t("homeTitle")}</h2>
          {period ? <p className="text-sm text-slate-600">{t("homeReported", { reported, total: tasks.tasks.length, quarter })}</p> : null}
        </div>
        <Link href={href} className={buttonClass("secondary", "self-start sm:self-auto")}>{t("homeLink")}</Link>
      </div>
      <ul className="divide-y divide-slate-100" data-testid="home-tasks">
        {tasks.tasks.slice(0, SHOWN).map((task) => (
          <li key={task.id} className="flex flex-col gap-1 py-2 text-sm sm:flex-row sm:items-center sm:justify-between sm:gap-4">
            <Link href={`${href}#task-${task.id}`} className="font-medium text-brand-700 hover:underline">{task.title}</Link>
            <div className="flex shrink-0 flex-wrap items-center gap-x-3 gap-y-1">
              <TaskStatusBadge status={task.effectiveStatus} />
              <span className="text-slate-600"><TaskDeadline open deadline={task.deadline} today={today} locale={locale} /></span>
              {period ? (
                <span className="flex items-center gap-1.5 text-slate-600">
                  {t("homeReport", { quarter })}
                  {task.report ? <StatusBadge status={task.report.status} /> : <span className="font-medium text-band-mid">{t("homeNoReport")}</span>}
                </span>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      {tasks.tasks.length > SHOWN ? <p className="mt-2 text-sm text-slate-600">{t("homeMore", { count: tasks.tasks.length - SHOWN })}</p> : null}
    </Card>
  );
}
