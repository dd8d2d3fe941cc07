import { useTranslations } from "next-intl";
import { LazyIndicatorHistoryChart } from "@/components/charts/lazy-charts";
import { Card } from "@/components/ui/page-header";
import { formatValue } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { formatQuarter, parseQuarterKey, quarterStart } from "@/lib/quarters";
import type { PublicIndicator } from "@/lib/server/queries/public/indicator";

/** The chart of the indicator over time, with its figures as a table next to it. */
export function IndicatorChart({ data, locale }: { data: PublicIndicator; locale: AppLocale }) {
  const t = useTranslations("publicIndicator");
  const tp = useTranslations("public");
  const name = locale === "vi" ? data.nameVi : data.nameEn;
  const points = data.series.map((p) => { const q = parseQuarterKey(p.period); return { ...p, q, label: q ? formatQuarter(q, locale) : p.period }; });
  // A method change is drawn at the first quarter measured the new way.
  const breaks = data.breaks.flatMap((b) => points.find((p) => p.q && quarterStart(p.q).toISOString().slice(0, 10) >= b.date)?.label ?? []);
  const aggregate = data.seriesScope === "AGGREGATE";
  const level = data.levels.find((l) => l !== "PROVINCE") ?? "PROVINCE";
  const valueName = t(aggregate ? "chartValueAggregate" : "chartValueOwn");
  return (
    <Card>
      <h2 className="text-lg font-semibold text-brand-900">{t("chartHeading")}</h2>
      <p className="mb-3 text-sm text-slate-600">{aggregate ? t("chartNoteAggregate", { level: t(`level_${level}`).toLowerCase() }) : t("chartNoteOwn")}</p>
      <LazyIndicatorHistoryChart
        data={points.map((p) => ({ label: p.label, value: p.value, target: p.target }))}
        breaks={breaks}
        names={{ value: valueName, target: t("chartTarget"), break: t("breakMark") }}
        unit={data.unit}
        locale={locale}
        ariaLabel={t("chartAria", { name })}
        loading={tp("chartLoading")}
      />
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-700">{t("chartAsTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left" data-testid="chart-table">
            <caption className="sr-only">{t("chartTableCaption")}</caption>
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3">{t("colPeriod")}</th>
                <th scope="col" className="py-1 pr-3 text-right">{valueName}</th>
                <th scope="col" className="py-1 pr-3 text-right">{t("colTargetPlain")}</th>
                {aggregate ? <th scope="col" className="py-1 pr-3">{t("colMethod")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.period} className="border-t border-slate-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{p.label}{breaks.includes(p.label) ? ` · ${t("breakMark")}` : ""}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatValue(p.value, data.unit, locale)}</td>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatValue(p.target, data.unit, locale)}</td>
                  {aggregate ? (
                    <td className="py-1 pr-3 text-slate-600">
                      {p.method ? t(`method_${p.method}`) : "—"}{p.coverage ? ` · ${t("coverage", { reported: p.coverage.reported, total: p.coverage.total })}` : ""}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </Card>
  );
}
