import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { OverviewPanels } from "@/components/committee/overview/overview-panels";
import { OverviewSkeleton } from "@/components/committee/overview/overview-skeleton";
import { TasksCard } from "@/components/committee/overview/tasks-card";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getCommitteeOverview } from "@/lib/server/queries/committee-overview";
import { getTaskSummary } from "@/lib/server/queries/tasks";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("overview"))("title") };
}

/** The committee's overview of a period: band counts, what moved, every target with its forecast. */
export default async function CommitteeOverviewPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee");
  const { period } = await searchParams;
  const key = typeof period === "string" ? period : null;
  const query = key ? `?period=${encodeURIComponent(key)}` : "";
  const [locale, t] = await Promise.all([getLocale().then(resolveLocale), getTranslations("overview")]);
  const data = getCommitteeOverview(viewer, key, getDb());
  const today = getToday();
  return (
    <>
      <PageHeader
        title={t("title")}
        actions={
          <>
            <Link href="/committee/submissions" className={buttonClass("primary")}>{t("toReview")}</Link>
            <Link href={`/committee/pillars${query}`} className={buttonClass("secondary")}>{t("toPillars")}</Link>
            <a href={`/api/committee/export/overview${query}`} className={buttonClass("secondary")} download data-testid="overview-export">{t("export")}</a>
          </>
        }
      />
      <Suspense key={key ?? "latest"} fallback={<OverviewSkeleton />}>
        <OverviewPanels data={data} locale={locale} />
      </Suspense>
      <Suspense fallback={null}>
        <TasksCard summary={getTaskSummary(getDb(), today)} locale={locale} today={today} />
      </Suspense>
    </>
  );
}
