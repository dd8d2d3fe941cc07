import { useTranslations } from "next-intl";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/locales";
import { apiFile } from "@/lib/public-routes";
import type { PublicIndicator } from "@/lib/server/queries/public/indicator";
import { DownloadLinks } from "./download-links";
import { IndicatorChart } from "./indicator-chart";
import { IndicatorFacts } from "./indicator-facts";
import { IndicatorTable } from "./indicator-table";

/** One indicator: what it is, its quarterly values per locality against their targets, then the chart. */
export function IndicatorView({ data, locale }: { data: PublicIndicator & { unitsTotal: number }; locale: AppLocale }) {
  const t = useTranslations("publicIndicator");
  const name = locale === "vi" ? data.nameVi : data.nameEn;
  const pillar = locale === "vi" ? data.pillarNameVi : data.pillarNameEn;
  return (
    <>
      <PageHeader title={name} subtitle={t("subtitle", { code: data.code, pillar })} />
      <div className="grid grid-cols-1 gap-6">
        <IndicatorFacts data={data} locale={locale} />
        <section aria-labelledby="series-heading" className="grid grid-cols-1 gap-3">
          <div className="flex flex-wrap items-end justify-between gap-2">
            <h2 id="series-heading" className="text-lg font-semibold text-brand-900">{t("seriesHeading")}</h2>
            <DownloadLinks table={t("downloadTable", { code: data.code })} csv={apiFile("indicators", data.code, "csv")} json={apiFile("indicators", data.code, "json")} />
          </div>
          {data.periods.length === 0 ? <Card><p className="text-sm text-slate-700">{t("noData")}</p></Card> : (
            <>
              <p className="text-sm text-slate-600">{t("seriesIntro")}</p>
              <IndicatorTable data={data} locale={locale} />
              {data.unitsTotal > data.localities.length ? (
                <p className="text-sm text-slate-700" data-testid="indicator-units-shown">{t("unitsShown", { shown: data.localities.length, total: data.unitsTotal })}</p>
              ) : null}
              {data.breaks.length > 0 ? <p className="text-xs text-slate-600">{t("breakLegend")}</p> : null}
            </>
          )}
        </section>
        {data.series.length > 0 ? <IndicatorChart data={data} locale={locale} /> : null}
      </div>
    </>
  );
}
