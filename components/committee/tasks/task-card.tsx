import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
import type { Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import { asQuarter } from "@/lib/server/queries/periods";
import type { TaskView } from "@/lib/server/queries/tasks";
import { TaskDeadline } from "./task-deadline";
import { TaskKindBadge } from "./task-kind-badge";
import { TaskProgress } from "./task-progress";
import { TaskSource } from "./task-source";
import { TaskStatusBadge } from "./task-status-badge";

const term = "text-xs font-medium text-slate-500";

/** One task on the board: what, from where, who leads and helps, by when, how far, and the latest report. */
export function TaskCard({ task, today, locale }: { task: TaskView; today: Date; locale: Locale }) {
  const t = useTranslations("tasks.card");
  const cooperating = task.cooperatingAgencies.map((c) => c.agency.name);
  const overdue = task.effectiveStatus === "OVERDUE";
  return (
    <article
      aria-labelledby={`task-${task.id}-title`}
      data-task-id={task.id}
      className={`flex flex-col gap-2 rounded-lg border bg-white p-3 shadow-sm ${overdue ? "border-band-low/50 border-l-4" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-center gap-1.5">
        <TaskStatusBadge status={task.effectiveStatus} />
        <TaskKindBadge kind={task.kind} verdict={task.evaluationVerdict} />
      </div>
      <h3 id={`task-${task.id}-title`} className="text-sm font-semibold leading-snug">
        <Link href={`/committee/tasks/${task.id}`} className="text-brand-800 hover:underline">{task.title}</Link>
      </h3>
      <p className="text-xs text-slate-600"><TaskSource task={task} locale={locale} /></p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1 text-sm">
        <dt className={term}>{t("lead")}</dt>
        <dd className="text-slate-800">{task.leadAgency.name}</dd>
        <dt className={term}>{t("cooperating")}</dt>
        <dd className="text-slate-700">{cooperating.length > 0 ? cooperating.join(", ") : t("none")}</dd>
        <dt className={term}>{t("deadline")}</dt>
        <dd><TaskDeadline deadline={task.deadline} today={today} open={task.open} locale={locale} /></dd>
        <dt className={term}>{t("latestReport")}</dt>
        <dd className="text-slate-700">
          {task.latestReport ? (
            <span className="inline-flex flex-wrap items-center gap-1">
              {formatQuarter(asQuarter(task.latestReport.period), locale)}
              <StatusBadge status={task.latestReport.status} />
            </span>
          ) : t("noReport")}
        </dd>
      </dl>
      <TaskProgress percent={task.progressPercent} label={t("progress")} locale={locale} />
    </article>
  );
}
