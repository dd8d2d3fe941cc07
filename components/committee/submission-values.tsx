import { useTranslations } from "next-intl";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { Comparator } from "@/lib/progress";

interface Row { indicatorId: number; code: string; nameVi: string; nameEn: string; unit: IndicatorUnit; targetValue: number; comparator: Comparator; value: number | null }

/** A submission's quarter values beside this year's targets (bands are judged on year-to-date values elsewhere). */
export function SubmissionValues({ rows, locale }: { rows: Row[]; locale: Locale }) {
  const t = useTranslations("review");
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-3">{t("indicator")}</th>
          <th scope="col" className="py-2 pr-3 text-right">{t("value")}</th>
          <th scope="col" className="py-2 pr-3 text-right">{t("target")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.indicatorId}>
            <th scope="row" className="py-2 pr-3 font-normal">{locale === "vi" ? r.nameVi : r.nameEn}<span className="block text-xs text-slate-500">{r.code}</span></th>
            <td className="py-2 pr-3 text-right font-semibold tabular-nums">{formatValue(r.value, r.unit, locale)}</td>
            <td className="py-2 pr-3 text-right tabular-nums text-slate-600">{COMPARATOR_SYMBOL[r.comparator]} {formatValue(r.targetValue, r.unit, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
