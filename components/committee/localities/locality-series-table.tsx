import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import { formatProgress, formatValue, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { LocalitySeries } from "@/lib/server/queries/locality-series";

type Unit = NonNullable<LocalitySeries["indicator"]>["unit"];

/** Each quarter twice: the values of the units that existed then (with their weight), and the re-expressed figure. */
export function LocalitySeriesTable({ series, unit, caption, locale }: { series: LocalitySeries; unit: Unit; caption: string; locale: Locale }) {
  const t = useTranslations("lineage");
  const flow = series.indicator?.kind === "FLOW";
  return (
    <div className={tableStyles.frame}>
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="locality-series-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colQuarter")}</th>
            <th scope="col" className="px-3 py-2">{t("colReported")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colReexpressed")}</th>
            <th scope="col" className="px-3 py-2">{t("colMethod")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {series.quarters.map((q) => (
            <tr key={q.key} data-quarter={q.key} className="align-top">
              <th scope="row" className="whitespace-nowrap px-3 py-2.5 font-medium text-slate-900">{formatQuarter(q.period, locale)}</th>
              <td className="px-3 py-2.5">
                <ul className="space-y-0.5">
                  {q.reported.map((r) => (
                    <li key={r.unitId} className="flex flex-wrap items-baseline justify-between gap-x-3">
                      <span className="text-slate-700">
                        {r.name}
                        <span className="ml-1 text-xs text-slate-500">
                          {r.self ? t("self") : r.weight === 1 ? t("weightWhole") : t("weightPart", { share: formatValue(100 * r.weight, "PERCENT", locale) })}
                        </span>
                      </span>
                      <span className={`tabular-nums ${r.value === null ? "text-xs text-band-mid" : "text-slate-900"}`}>
                        {r.value === null ? t("notReported") : formatValue(r.value, unit, locale)}
                      </span>
                    </li>
                  ))}
                </ul>
              </td>
              <td className="px-3 py-2.5 text-right font-semibold tabular-nums" data-testid="reexpressed-value">
                {formatValue(q.reexpressed.value, unit, locale)}
                {flow ? <span className="block text-xs font-normal text-slate-500">{t("yearToDate", { value: formatValue(q.yearToDate, unit, locale) })}</span> : null}
              </td>
              <td className="px-3 py-2.5">
                <span className="block">{t(`method_${q.reexpressed.method}`)}</span>
                <span className={`mt-0.5 block text-xs ${q.reexpressed.coverage < 1 ? "font-semibold text-band-mid" : "text-slate-500"}`}>
                  {t("coverage", { share: formatProgress(q.reexpressed.coverage, locale) })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
