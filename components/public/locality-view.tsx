import { useTranslations } from "next-intl";
import { BandSummary } from "@/components/scoreboard/band-summary";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { AppLocale } from "@/lib/i18n/locales";
import { apiFile } from "@/lib/public-routes";
import { formatQuarter, parseQuarterKey } from "@/lib/quarters";
import type { PublicLocality } from "@/lib/server/queries/public/locality";
import { DownloadLinks } from "./download-links";
import { LocalityFacts } from "./locality-facts";
import { LocalityRank } from "./locality-rank";
import { LocalityUnits } from "./locality-units";
import { PublicTargetTable } from "./public-target-table";

/** A locality: who it is, its rank among its peers, its own targets with provenance, and its units. */
export function LocalityView({ data, locale }: { data: PublicLocality; locale: AppLocale }) {
  const t = useTranslations("publicLocality");
  const period = data.period ? parseQuarterKey(data.period) : null;
  return (
    <>
      <PageHeader title={data.name} subtitle={t("subtitle", { type: t(`type_${data.type}`), code: data.code })} />
      <div className="grid grid-cols-1 gap-6">
        <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
          <LocalityFacts data={data} locale={locale} />
          {period ? <LocalityRank data={data} period={period} locale={locale} /> : null}
        </div>
        <section aria-labelledby="targets-heading" className="grid grid-cols-1 gap-3">
          {period && data.period ? (
            <>
              <div className="flex flex-wrap items-end justify-between gap-2">
                <h2 id="targets-heading" className="text-lg font-semibold text-brand-900">{t("targetsHeading", { year: period.year })}</h2>
                <DownloadLinks table={t("downloadTable", { name: data.name })} csv={apiFile("localities", data.code, "csv")} json={apiFile("localities", data.code, "json")} />
              </div>
              <p className="text-sm text-slate-600">{t("targetsIntro", { period: formatQuarter(period, locale), year: period.year })}</p>
              {data.rows.length > 0 ? (
                <>
                  <Card><BandSummary counts={data.counts} year={period.year} /></Card>
                  <PublicTargetTable rows={data.rows} locale={locale} caption={t("tableCaption", { year: period.year, name: data.name })} idPrefix={`loc-${data.code}`} />
                </>
              ) : <Card><p className="text-sm text-slate-700">{t("noTargets")}</p></Card>}
            </>
          ) : (
            <>
              <h2 id="targets-heading" className="text-lg font-semibold text-brand-900">{t("targetsHeadingPlain")}</h2>
              <Card><p className="text-sm text-slate-700">{t("noTargets")}</p></Card>
            </>
          )}
        </section>
        <LocalityUnits units={data.units} locale={locale} />
      </div>
    </>
  );
}
