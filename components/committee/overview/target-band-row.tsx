import Link from "next/link";
import { useTranslations } from "next-intl";
import { ForecastBadge } from "@/components/committee/pillar/forecast-badge";
import { RequiredPace } from "@/components/committee/pillar/required-pace";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatProgress, formatValue, type Locale } from "@/lib/format";
import type { OverviewRow } from "@/lib/server/queries/committee-overview";

const cell = "sm:table-cell sm:px-3 sm:py-2";
// Shown only where the row is stacked as a card (below sm), in place of the hidden column headers.
const cardLabel = "block text-xs font-normal text-slate-500 sm:hidden";

/** One target in the band tables: a table row from sm up, a small card below. */
export function TargetBandRow({ row, pillarName, periodKey, locale }: { row: OverviewRow; pillarName: string; periodKey: string; locale: Locale }) {
  const t = useTranslations("overview");
  return (
    <tr role="row" data-indicator={row.code} className="grid grid-cols-3 gap-x-3 gap-y-1.5 px-3 py-3 align-top sm:table-row sm:p-0">
      <th scope="row" role="rowheader" className={`col-span-3 font-normal ${cell}`}>
        <Link href={`/committee/pillars/${row.pillarCode}?period=${periodKey}#${row.code}`} className="font-medium text-brand-800 hover:underline">
          {locale === "vi" ? row.nameVi : row.nameEn}
        </Link>
        <span className="block text-xs text-slate-500">{row.code} · {pillarName}</span>
      </th>
      <td role="cell" className={`col-span-3 text-xs text-slate-700 sm:text-sm ${cell}`}>
        <span className="sm:hidden">{t("colLeadAgency")}: </span>{row.leadAgency ?? t("noLeadAgency")}
      </td>
      <td role="cell" className={`font-semibold tabular-nums sm:text-right ${cell}`}>
        <span className={cardLabel}>{t("colActual")}</span>{formatValue(row.ytd, row.unit, locale)}
      </td>
      <td role="cell" className={`tabular-nums text-slate-600 sm:whitespace-nowrap sm:text-right ${cell}`}>
        <span className={cardLabel}>{t("colTarget")}</span>{COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.targetValue, row.unit, locale)}
      </td>
      <td role="cell" className={`tabular-nums sm:text-right ${cell}`}>
        <span className={cardLabel}>{t("colProgress")}</span>{formatProgress(row.progress, locale)}
      </td>
      <td role="cell" className={`col-span-3 ${cell}`}>
        <span className={cardLabel}>{t("colForecast")}</span>
        <ForecastBadge status={row.forecast.status} />
        <span className="mt-1 block text-xs text-slate-600">
          <RequiredPace forecast={row.forecast} unit={row.unit} kind={row.kind} lowerIsBetter={row.direction === "LOWER_IS_BETTER"} locale={locale} />
        </span>
      </td>
    </tr>
  );
}
