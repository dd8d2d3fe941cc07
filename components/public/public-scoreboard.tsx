import { useTranslations } from "next-intl";
import { LazyPillarProgressChart } from "@/components/charts/lazy-charts";
import { BandSummary } from "@/components/scoreboard/band-summary";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { PillarSummary } from "@/components/scoreboard/pillar-summary";
import { SeriesTable } from "@/components/scoreboard/series-table";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/locales";
import { apiFile, publicHref, publicPaths } from "@/lib/public-routes";
import { formatQuarter, parseQuarterKey, type Quarter } from "@/lib/quarters";
import type { PublicScoreboard } from "@/lib/server/queries/public/scoreboard";
import { DownloadLinks } from "./download-links";
import { PublicTargetTable } from "./public-target-table";

const asQuarters = (keys: string[]) => keys.map(parseQuarterKey).filter((q): q is Quarter => q !== null);

/** The province scoreboard: band counts, the targets per pillar (tables first), then the chart. */
export function PublicScoreboardView({ data, locale }: { data: PublicScoreboard; locale: AppLocale }) {
  const t = useTranslations("scoreboard");
  const period = data.period ? parseQuarterKey(data.period) : null;
  if (!period || !data.period) {
    return (
      <>
        <PageHeader title={t("title")} subtitle={data.province.name} />
        <Card><p className="text-slate-700">{t("empty")}</p></Card>
      </>
    );
  }
  const pillarNames = data.pillars.map((p) => ({ code: p.code, name: locale === "vi" ? p.nameVi : p.nameEn }));
  const chartData = data.series.map((point) => {
    const q = parseQuarterKey(point.period);
    return {
      label: q ? formatQuarter(q, locale) : point.period,
      ...Object.fromEntries(Object.entries(point.shares).map(([code, share]) => [code, share === null ? null : Math.round(share * 1000) / 10])),
    };
  });
  return (
    <>
      <PageHeader title={t("title")} subtitle={<>{data.province.name} · {t("periodLine", { period: formatQuarter(period, locale), year: period.year })}</>} />
      <div className="mb-6">
        <PeriodPicker periods={asQuarters(data.periods)} selected={period} hrefFor={(key) => publicHref(locale, publicPaths.period(key))} locale={locale} label={t("periodPicker")} />
      </div>
      <div className="grid grid-cols-1 gap-6">
        <Card>
          <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("summaryHeading")}</h2>
          <BandSummary counts={data.counts} year={period.year} />
        </Card>
        <PillarSummary pillars={data.pillars} countsByPillar={Object.fromEntries(data.pillars.map((p) => [p.code, p.counts]))} locale={locale} />
        <section aria-labelledby="targets-heading">
          <div className="mb-3 flex flex-wrap items-end justify-between gap-2">
            <h2 id="targets-heading" className="text-lg font-semibold text-brand-900">{t("targetsHeading", { year: period.year })}</h2>
            <DownloadLinks table={t("targetsHeading", { year: period.year })} csv={apiFile("scoreboard", data.period, "csv")} json={apiFile("scoreboard", data.period, "json")} />
          </div>
          <div className="grid grid-cols-1 gap-5">
            {data.pillars.map((pillar) => {
              const rows = data.rows.filter((r) => r.pillarCode === pillar.code);
              if (rows.length === 0) return null;
              const name = locale === "vi" ? pillar.nameVi : pillar.nameEn;
              return (
                <div key={pillar.code} data-pillar={pillar.code}>
                  <h3 className="mb-2 font-semibold text-slate-800">{name}</h3>
                  <PublicTargetTable rows={rows} locale={locale} caption={`${t("tableCaption")} · ${name}`} idPrefix={`sb-${pillar.code}`} />
                </div>
              );
            })}
          </div>
          <p className="mt-2 text-xs text-slate-500">{t("approvedOnly")}</p>
        </section>
        <Card>
          <h2 className="text-lg font-semibold text-brand-900">{t("chartHeading")}</h2>
          <p className="mb-3 text-sm text-slate-600">{t("chartNote")}</p>
          <LazyPillarProgressChart data={chartData} pillars={pillarNames} ariaLabel={t("chartHeading")} loading={t("chartLoading")} />
          <SeriesTable data={chartData} pillars={pillarNames} summary={t("chartAsTable")} periodLabel={t("colPeriod")} />
        </Card>
      </div>
    </>
  );
}
