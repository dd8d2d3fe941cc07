import { useTranslations } from "next-intl";
import { BandCountsChart } from "@/components/charts/band-counts-chart";
import { ForecastMethod } from "@/components/committee/pillar/forecast-method";
import { BandSummary } from "@/components/scoreboard/band-summary";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { Card } from "@/components/ui/page-header";
import type { Locale } from "@/lib/format";
import { BANDS, countBands } from "@/lib/progress";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { CommitteeOverview } from "@/lib/server/queries/committee-overview";
import { BandCountTable } from "./band-count-table";
import { MoversList } from "./movers-list";
import { TargetsByBand } from "./targets-by-band";

/** Awaits the overview inside the page's Suspense boundary, so the header paints before the figures. */
export async function OverviewPanels({ data, locale }: { data: Promise<CommitteeOverview>; locale: Locale }) {
  return <OverviewContent data={await data} locale={locale} />;
}

function OverviewContent({ data, locale }: { data: CommitteeOverview; locale: Locale }) {
  const t = useTranslations("overview");
  const tb = useTranslations("bands");
  const { period } = data;
  if (!period) return <Card><p className="text-slate-700">{t("empty")}</p></Card>;
  const periodKey = quarterKey(period);
  const pillarRows = data.pillars.map((p) => ({ code: p.code, name: locale === "vi" ? p.nameVi : p.nameEn, counts: data.countsByPillar[p.code] ?? countBands([]) }));
  const total = { name: t("province"), counts: data.counts };
  return (
    <div className="grid grid-cols-1 gap-6">
      <div>
        <p className="mb-3 text-sm text-slate-600">{t("subtitle", { period: formatQuarter(period, locale), year: period.year })}</p>
        <PeriodPicker periods={data.periods} selected={period} basePath="/committee" locale={locale} label={t("periodPicker")} />
      </div>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("provinceHeading")}</h2>
        <BandSummary counts={data.counts} year={period.year} />
      </Card>
      <Card>
        <h2 className="mb-3 text-lg font-semibold text-brand-900">{t("pillarHeading")}</h2>
        <BandCountsChart rows={[total, ...pillarRows].map((r) => ({ label: r.name, counts: r.counts }))} bands={BANDS.map((band) => ({ band, name: tb(band) }))} ariaLabel={t("chartLabel")} />
        <div className="mt-4"><BandCountTable rows={pillarRows} total={total} periodKey={periodKey} /></div>
      </Card>
      <Card><MoversList movers={data.movers} previousPeriod={data.previousPeriod} period={period} locale={locale} /></Card>
      <TargetsByBand byBand={data.byBand} pillarNames={Object.fromEntries(pillarRows.map((p) => [p.code, p.name]))} periodKey={periodKey} locale={locale} />
      <ForecastMethod />
    </div>
  );
}
