import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BandSummary } from "@/components/scoreboard/band-summary";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { PillarSummary } from "@/components/scoreboard/pillar-summary";
import { TargetTable } from "@/components/scoreboard/target-table";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getProvinceScoreboard } from "@/lib/server/queries/scoreboard";

export async function generateMetadata() {
  return { title: (await getTranslations("committee"))("title") };
}

/** The committee's first view: the province's bands for a quarter; full review screens come later. */
export default async function CommitteeOverviewPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee");
  const { period } = await searchParams;
  const [data, locale, t] = await Promise.all([
    getProvinceScoreboard(getDb(), typeof period === "string" ? period : null),
    getLocale().then(resolveLocale),
    getTranslations("committee"),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={data.period ? t("subtitle", { period: formatQuarter(data.period, locale) }) : null}
        actions={<Link href="/committee/submissions" className={buttonClass("primary")}>{t("toReview")}</Link>}
      />
      <div className="mb-4">
        <PeriodPicker periods={data.periods} selected={data.period} basePath="/committee" locale={locale} label={t("periodPicker")} />
      </div>
      {data.period ? (
        <div className="grid grid-cols-1 gap-6">
          <Card><BandSummary counts={data.counts} year={data.period.year} /></Card>
          <PillarSummary pillars={data.pillars} countsByPillar={data.countsByPillar} locale={locale} />
          <TargetTable rows={data.rows} locale={locale} />
        </div>
      ) : null}
    </>
  );
}
