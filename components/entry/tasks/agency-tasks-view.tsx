import { getTranslations } from "next-intl/server";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import { asQuarter } from "@/lib/server/queries/periods";
import { TaskCard } from "./task-card";
import type { AgencyTasks } from "./types";

/** The agency's open tasks for one quarter, each with its progress report for that quarter. */
export async function AgencyTasksView({ data, locale, today }: { data: AgencyTasks | null; locale: Locale; today: Date }) {
  const t = await getTranslations("agencyTasks");
  if (!data) return <PageHeader title={t("title")} subtitle={t("noAgency")} />;
  const { period, periods, tasks } = data;
  if (!period) return <PageHeader title={t("title")} subtitle={t("noPeriod")} />;
  const quarter = formatQuarter(asQuarter(period), locale);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="mb-4">
        <PeriodPicker periods={periods.map(asQuarter)} selected={asQuarter(period)} basePath="/entry/tasks" locale={locale} label={t("periodPicker")} />
      </div>
      {period.status === "LOCKED" ? (
        <p className="mb-4 rounded-md border border-slate-200 bg-slate-100 p-3 text-sm font-medium text-slate-700">{t("locked", { quarter })}</p>
      ) : null}
      {tasks.length === 0 ? (
        <Card><p className="text-slate-700">{t("empty")}</p></Card>
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-sm text-slate-600">{t("count", { count: tasks.length, quarter })}</p>
          {tasks.map((task) => <TaskCard key={task.id} task={task} period={period} locale={locale} today={today} />)}
        </div>
      )}
    </>
  );
}
