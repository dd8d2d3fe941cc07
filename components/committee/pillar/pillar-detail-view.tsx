import { useTranslations } from "next-intl";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { Card, PageHeader } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { PillarDetail } from "@/lib/server/queries/committee-pillar";
import { ForecastMethod } from "./forecast-method";
import { IndicatorPanel } from "./indicator-panel";

/** Awaits the pillar inside the page's Suspense boundary, so the back link paints first. */
export async function PillarDetailPanel({ data, locale }: { data: Promise<PillarDetail>; locale: Locale }) {
  return <PillarDetailView data={await data} locale={locale} />;
}

function PillarDetailView({ data, locale }: { data: PillarDetail; locale: Locale }) {
  const t = useTranslations("pillar");
  const { period, pillar } = data;
  const title = locale === "vi" ? pillar.nameVi : pillar.nameEn;
  if (!period) return <><PageHeader title={title} /><Card><p className="text-slate-700">{t("emptyPeriod")}</p></Card></>;
  return (
    <>
      <PageHeader title={title} subtitle={t("detailSubtitle", { count: data.targets.length, year: period.year, period: formatQuarter(period, locale) })} />
      <div className="mb-6 space-y-3">
        <PeriodPicker periods={data.periods} selected={period} basePath={`/committee/pillars/${pillar.code}`} locale={locale} label={t("periodPicker")} />
        <p className="text-sm text-slate-600">{t("chartNote")}</p>
      </div>
      {data.targets.length === 0 ? (
        <Card><p className="text-slate-700">{t("empty", { year: period.year })}</p></Card>
      ) : (
        <section aria-label={t("indicatorList")} className="grid grid-cols-1 gap-6">
          {data.targets.map((target) => <IndicatorPanel key={target.targetId} target={target} period={period} locale={locale} />)}
        </section>
      )}
      <div className="mt-6"><ForecastMethod /></div>
    </>
  );
}
