import { useTranslations } from "next-intl";
import { PillarProgressChart } from "@/components/charts/pillar-progress-chart";
import { Card, PageHeader } from "@/components/ui/page-header";
import { formatQuarter } from "@/lib/quarters";
import type { Locale } from "@/lib/format";
import type { ProvinceScoreboard } from "@/lib/server/queries/scoreboard";
import { BandSummary } from "./band-summary";
import { PeriodPicker } from "./period-picker";
import { PillarSummary } from "./pillar-summary";
import { SeriesTable } from "./series-table";
import { TargetTable } from "./target-table";

/** The province scoreboard: band counts, pillars, the quarterly chart and every target. */
export function ScoreboardView({ data, locale, basePath }: { data: ProvinceScoreboard; locale: Locale; basePath: string }) {
  const t = useTranslations("scoreboard");
  const { period } = data;
  if (!period) {
    return (
      <>
        <PageHeader title={t("title")} subtitle={data.province.name} />
        <Card><p className="text-slate-700">{t("empty")}</p></Card>
      </>
    );
  }
  const pillarNames = data.pillars.map((p) => ({ code: p.code, name: locale === "vi" ? p.nameVi : p.nameEn }));
  const chartData = data.series.map((point) => ({
    label: formatQuarter(point.period, locale),
    ...Object.fromEntries(Object.entries(point.shares).map(([code, share]) => [code, share === null ? null : Math.round(share * 1000) / 10])),
  }));
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={<>{data.province.name} · {t("periodLine", { period: formatQuarter(period, locale), year: period.year })}</>}
      />
      <div className="mb-6">
        <PeriodPicker periods={data.periods} selected={period} basePath={basePath} locale={locale} label={t("periodPicker")} />
      </div>
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("summaryHeading")}</h2>
          <BandSummary counts={data.counts} year={period.year} />
        </Card>
        <PillarSummary pillars={data.pillars} countsByPillar={data.countsByPillar} locale={locale} />
        <Card>
          <h2 className="text-lg font-semibold text-brand-900">{t("chartHeading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("chartNote")}</p>
          <PillarProgressChart data={chartData} pillars={pillarNames} ariaLabel={t("chartHeading")} />
          <SeriesTable data={chartData} pillars={pillarNames} summary={t("chartAsTable")} periodLabel={t("colPeriod")} />
        </Card>
        <section>
          <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("targetsHeading", { year: period.year })}</h2>
          <TargetTable rows={data.rows} locale={locale} />
          <p className="mt-2 text-xs text-slate-500">{t("approvedOnly")}</p>
        </section>
      </div>
    </>
  );
}
