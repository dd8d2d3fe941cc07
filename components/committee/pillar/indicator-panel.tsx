import { useTranslations } from "next-intl";
import { IndicatorSeriesChart } from "@/components/charts/indicator-series-chart";
import { BandBadge } from "@/components/ui/band-badge";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatDate, formatProgress, formatValue, unitLabel, type Locale } from "@/lib/format";
import { compareQuarters, formatQuarter, quartersBetween, type Quarter } from "@/lib/quarters";
import type { PillarTarget } from "@/lib/server/queries/committee-pillar";
import { ForecastSummary } from "./forecast-summary";
import { IndicatorFormula } from "./indicator-formula";
import { IndicatorSeriesTable } from "./indicator-series-table";

/** x axis from Q1 of the target year to the later of the period and the deadline; the projection joins the last point. */
function chartRows(target: PillarTarget, period: Quarter, locale: Locale) {
  const end = compareQuarters(target.forecast.deadline, period) > 0 ? target.forecast.deadline : period;
  return quartersBetween({ year: period.year, quarter: 1 }, end).map((q) => {
    const point = target.series.find((p) => compareQuarters(p.period, q) === 0);
    const projected = target.forecast.projection.find((p) => compareQuarters(p.period, q) === 0);
    return { label: formatQuarter(q, locale), actual: point && point.value !== null ? point.ytd : null, projection: projected?.value ?? null };
  });
}

/** One target: the indicator, how it is computed, the series against the target line, and the forecast. */
export function IndicatorPanel({ target, period, locale }: { target: PillarTarget; period: Quarter; locale: Locale }) {
  const t = useTranslations("pillar");
  const name = locale === "vi" ? target.nameVi : target.nameEn;
  const targetText = `${COMPARATOR_SYMBOL[target.comparator]} ${formatValue(target.targetValue, target.unit, locale)}`;
  const rows = chartRows(target, period, locale);
  const facts: [string, string][] = [
    [t("actual"), formatValue(target.ytd, target.unit, locale)],
    [t("target"), targetText],
    [t("progress"), formatProgress(target.progress, locale)],
    [t("unit"), unitLabel(target.unit, locale)],
    [t("deadline"), target.deadline ? formatDate(target.deadline, locale) : formatQuarter(target.forecast.deadline, locale)],
    ...(target.baseline !== null ? [[t("baseline"), formatValue(target.baseline, target.unit, locale)] as [string, string]] : []),
    [t("leadAgency"), target.leadAgency ?? "—"],
  ];
  return (
    <article id={target.code} aria-labelledby={`${target.code}-name`} data-indicator={target.code} className="scroll-mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <header className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <h2 id={`${target.code}-name`} className="text-base font-semibold text-slate-900 sm:text-lg">{name}</h2>
          <p className="text-xs text-slate-500">{target.code}</p>
        </div>
        <div className="shrink-0"><BandBadge band={target.band} /></div>
      </header>
      <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs text-slate-500">{label}</dt>
            <dd className="font-medium tabular-nums text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div>
          <IndicatorSeriesChart
            data={rows}
            target={target.targetValue}
            targetLabel={t("targetLine", { value: targetText })}
            names={{ actual: t("seriesName"), projection: t("projectionName") }}
            unit={target.unit}
            locale={locale}
            ariaLabel={t("chartLabel", { indicator: name })}
          />
          <IndicatorSeriesTable rows={rows} unit={target.unit} locale={locale} />
        </div>
        <ForecastSummary forecast={target.forecast} unit={target.unit} kind={target.kind} lowerIsBetter={target.direction === "LOWER_IS_BETTER"} locale={locale} />
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer font-medium text-brand-700">{t("formulaHeading")}</summary>
        <div className="mt-2 space-y-2">
          <p className="text-slate-700"><span className="font-medium">{t("definition")}:</span> {target.definition}</p>
          <IndicatorFormula input={target} locale={locale} />
          <p className="text-xs text-slate-500">{t("source")}: {target.source}</p>
        </div>
      </details>
    </article>
  );
}
