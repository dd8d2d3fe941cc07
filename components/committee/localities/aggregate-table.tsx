import { useTranslations } from "next-intl";
import { formatValue, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import type { AggregateRow } from "@/lib/server/queries/committee-localities";
import { tableStyles } from "@/components/ui/table-styles";

/** Lower-level indicators combined over a locality's units: value, how it was combined, and who reported. */
export function AggregateTable({ rows, caption, locale }: { rows: AggregateRow[]; caption: string; locale: Locale }) {
  const t = useTranslations("aggregation");
  return (
    <div className={`relative ${tableStyles.frame}`}>
      <table className="w-full min-w-[30rem] text-left text-sm" data-testid="aggregate-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colIndicator")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colValue")}</th>
            <th scope="col" className="px-3 py-2">{t("colMethodCoverage")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.indicatorId} data-indicator={row.code} className="align-top">
              <th scope="row" className="px-3 py-2.5 font-normal">
                <span className="block font-medium text-slate-900">{locale === "vi" ? row.nameVi : row.nameEn}</span>
                <span className="mt-0.5 block text-xs text-slate-500">{row.code} · {t(`from_${row.level}`)}</span>
              </th>
              <td className="px-3 py-2.5 text-right font-semibold tabular-nums" data-testid="aggregate-value">
                {formatValue(row.value, row.unit, locale)}
                {row.asOf ? <span className="block text-xs font-normal text-slate-500">{formatQuarter(row.asOf, locale)}</span> : null}
              </td>
              <td className="px-3 py-2.5">
                <span className="block">{t(`method_${row.method}`)}</span>
                {row.method === "WEIGHTED_MEAN" && row.weighting === "EQUAL" ? (
                  <span className="mt-0.5 block text-xs font-medium text-band-mid">{t("equalWeights")}</span>
                ) : null}
                <span className={`mt-0.5 block text-xs ${row.coverage.reported < row.coverage.total ? "font-semibold text-band-mid" : "text-slate-500"}`}>
                  {t(`coverage_${row.level}`, { reported: row.coverage.reported, total: row.coverage.total })}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
