import { useTranslations } from "next-intl";
import { TaskStatusBadge } from "@/components/committee/tasks/task-status-badge";
import { formatValue, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import { asQuarter } from "@/lib/server/queries/periods";
import { TaskDeadline } from "@/components/committee/tasks/task-deadline";
import { TaskReportPanel } from "./task-report-panel";
import type { AgencyTask, AgencyTasks } from "./types";

const pillarChip: Record<string, string> = {
  GOV: "bg-pillar-gov-soft text-pillar-gov",
  ECO: "bg-pillar-eco-soft text-pillar-eco",
  SOC: "bg-pillar-soc-soft text-pillar-soc",
};

/** One task the agency leads, with this quarter's progress report; the title names the whole card. */
export function TaskCard({ task, period, locale, today }: {
  task: AgencyTask;
  period: NonNullable<AgencyTasks["period"]>;
  locale: Locale;
  today: Date;
}) {
  const t = useTranslations("agencyTasks");
  const titleId = `task-${task.id}-title`;
  const cooperating = task.cooperatingAgencies.map((c) => c.agency.name);
  const quarter = formatQuarter(asQuarter(period), locale);
  return (
    <article id={`task-${task.id}`} data-task-id={task.id} aria-labelledby={titleId}
      className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <h2 id={titleId} className="text-lg font-semibold text-slate-900">{task.title}</h2>
        <div className="flex shrink-0 flex-wrap gap-2">
          {task.kind === "PILOT_MODEL" ? (
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700 ring-1 ring-inset ring-slate-300">{t("pilot")}</span>
          ) : null}
          <TaskStatusBadge status={task.effectiveStatus} />
        </div>
      </div>
      {task.description ? <p className="mt-2 line-clamp-3 whitespace-pre-line text-sm text-slate-700">{task.description}</p> : null}
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-500">{t("pillar")}</dt>
          <dd className="mt-0.5">
            <span className={`inline-flex rounded px-2 py-0.5 text-xs font-semibold ${pillarChip[task.pillar.code] ?? "bg-slate-100 text-slate-700"}`}>
              {locale === "vi" ? task.pillar.nameVi : task.pillar.nameEn}
            </span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("deadline")}</dt>
          <dd className="mt-0.5"><TaskDeadline open deadline={task.deadline} today={today} locale={locale} /></dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("progress")}</dt>
          <dd className="mt-1 flex items-center gap-2">
            <span className="h-2 w-24 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <span className="block h-full rounded-full bg-brand-600" style={{ width: `${Math.min(100, Math.max(0, task.progressPercent))}%` }} />
            </span>
            <span className="font-semibold tabular-nums text-slate-900">{formatValue(task.progressPercent, "PERCENT", locale)}</span>
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("cooperating")}</dt>
          <dd className="mt-0.5 text-slate-800">{cooperating.length > 0 ? cooperating.join("; ") : t("none")}</dd>
        </div>
      </dl>
      <div className="mt-5 border-t border-slate-200 pt-4">
        <TaskReportPanel
          taskId={task.id}
          periodId={period.id}
          heading={t("reportHeading", { quarter })}
          report={task.report}
          periodOpen={period.status === "OPEN"}
          current={{ status: task.status, progressPercent: task.progressPercent }}
          locale={locale}
        />
      </div>
    </article>
  );
}
