import { getLocale, getTranslations } from "next-intl/server";
import { TaskReviewList } from "@/components/committee/tasks/task-review-list";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { asQuarter } from "@/lib/server/queries/periods";
import { getTaskReviewQueue } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("taskReports"))("title") };
}

/** Task progress reports sent by lead agencies for a quarter, to approve or return with a reason. */
export default async function TaskReportsPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/tasks/reports");
  const { period } = await searchParams;
  const [queue, locale, t] = await Promise.all([
    getTaskReviewQueue(viewer, typeof period === "string" ? period : null, getDb(), getToday()),
    getLocale().then(resolveLocale),
    getTranslations("taskReports"),
  ]);
  const waiting = queue.reports.filter((r) => r.status === "SUBMITTED").length;
  const drafts = queue.reports.filter((r) => r.status === "DRAFT").length;
  return (
    <>
      <div className="mb-3"><BackLink href="/committee/tasks">{t("back")}</BackLink></div>
      <PageHeader
        title={t("title")}
        subtitle={queue.period ? t("subtitle", { period: formatQuarter(asQuarter(queue.period), locale), waiting, drafts }) : t("noPeriod")}
      />
      <div className="mb-4">
        <PeriodPicker periods={queue.periods.map(asQuarter)} selected={queue.period ? asQuarter(queue.period) : null} basePath="/committee/tasks/reports" locale={locale} label={t("periodPicker")} />
      </div>
      <TaskReviewList reports={queue.reports} locale={locale} />
    </>
  );
}
