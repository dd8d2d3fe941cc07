import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { formatDate, type Locale } from "@/lib/format";
import { TaskDeadline } from "./task-deadline";
import { TaskProgress } from "./task-progress";
import { TaskSource } from "./task-source";
import type { TaskDetail } from "./types";

const PILLAR_PREFIX = /^(GOV|ECO|SOC)-/;
const row = "grid gap-1 py-2 sm:grid-cols-[12rem_1fr] sm:gap-3";
const term = "text-sm font-medium text-slate-500";

/** Provincial indicator codes start with their pillar (GOV-01); local ones (HUYEN-01) fall back to the task's pillar. */
function indicatorHref(code: string, taskPillar: string): string {
  return `/committee/pillars/${PILLAR_PREFIX.exec(code)?.[1] ?? taskPillar}#${encodeURIComponent(code)}`;
}

/** Everything recorded about a task: origin, agencies, localities, deadline, progress, description and linked indicators. */
export function TaskFacts({ task, today, locale }: { task: TaskDetail; today: Date; locale: Locale }) {
  const t = useTranslations("tasks.detail");
  const open = task.effectiveStatus !== "DONE" && task.effectiveStatus !== "CANCELLED";
  const names = (items: { name: string }[]) => (items.length > 0 ? items.map((i) => i.name).join(", ") : t("none"));
  return (
    <Card>
      <h2 className="font-semibold text-brand-900">{t("factsHeading")}</h2>
      <dl className="mt-2 divide-y divide-slate-100 text-sm">
        <div className={row}><dt className={term}>{t("pillar")}</dt><dd>{locale === "vi" ? task.pillar.nameVi : task.pillar.nameEn}</dd></div>
        <div className={row}><dt className={term}>{t("source")}</dt><dd><TaskSource task={task} locale={locale} link /></dd></div>
        <div className={row}><dt className={term}>{t("lead")}</dt><dd className="font-medium">{task.leadAgency.name}</dd></div>
        <div className={row}><dt className={term}>{t("cooperating")}</dt><dd>{names(task.cooperatingAgencies.map((c) => c.agency))}</dd></div>
        <div className={row}><dt className={term}>{t("localities")}</dt><dd>{names(task.localities.map((l) => l.locality))}</dd></div>
        <div className={row}><dt className={term}>{t("deadline")}</dt><dd><TaskDeadline deadline={task.deadline} today={today} open={open} locale={locale} /></dd></div>
        {task.completedAt ? <div className={row}><dt className={term}>{t("completedAt")}</dt><dd>{formatDate(task.completedAt, locale)}</dd></div> : null}
        <div className={row}><dt className={term}>{t("progress")}</dt><dd className="max-w-sm"><TaskProgress percent={task.progressPercent} label={t("approvedProgress")} locale={locale} /></dd></div>
        <div className={row}><dt className={term}>{t("description")}</dt><dd className="whitespace-pre-line text-slate-800">{task.description ?? t("none")}</dd></div>
        <div className={row}>
          <dt className={term}>{t("indicators")}</dt>
          <dd>
            {task.indicators.length === 0 ? t("none") : (
              <ul className="grid gap-1">
                {task.indicators.map(({ indicator }) => (
                  <li key={indicator.id}>
                    <Link href={indicatorHref(indicator.code, task.pillar.code)} className="text-brand-700 hover:underline">
                      <span className="font-mono text-xs">{indicator.code}</span> {locale === "vi" ? indicator.nameVi : indicator.nameEn}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
