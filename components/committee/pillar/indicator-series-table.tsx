import { useTranslations } from "next-intl";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";

/** The chart's figures as a table, for screen readers and for anyone who prefers numbers. */
export function IndicatorSeriesTable({ rows, unit, locale }: {
  rows: { label: string; actual: number | null; projection: number | null }[];
  unit: IndicatorUnit;
  locale: Locale;
}) {
  const t = useTranslations("pillar");
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">{t("chartAsTable")}</summary>
      <table className="mt-2 w-full max-w-md text-left">
        <thead className="text-xs text-slate-600">
          <tr>
            <th scope="col" className="py-1 pr-3">{t("colPeriod")}</th>
            <th scope="col" className="py-1 pr-3 text-right">{t("colValue")}</th>
            <th scope="col" className="py-1 text-right">{t("colProjection")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.label} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-3 font-normal">{r.label}</th>
              <td className="py-1 pr-3 text-right tabular-nums">{formatValue(r.actual, unit, locale)}</td>
              <td className="py-1 text-right tabular-nums">{formatValue(r.projection, unit, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
