import { useTranslations } from "next-intl";
import { BandBadge } from "@/components/ui/band-badge";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatDate, formatProgress, formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { Band, Comparator } from "@/lib/progress";
import { formatQuarter, type Quarter } from "@/lib/quarters";
import { tableStyles } from "@/components/ui/table-styles";

export interface TargetRow {
  targetId: number;
  code: string;
  nameVi: string;
  nameEn: string;
  pillarCode: string;
  unit: IndicatorUnit;
  ytd: number | null;
  targetValue: number;
  comparator: Comparator;
  progress: number | null;
  band: Band;
  leadAgency: string | null;
  approval: { approvedAt: Date | null; reporter: string; period: Quarter } | null;
}

export function TargetTable({ rows, locale }: { rows: TargetRow[]; locale: Locale }) {
  const t = useTranslations("scoreboard");
  return (
    <div className={tableStyles.frame}>
      <table className="w-full min-w-[40rem] text-left text-sm" data-testid="target-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colIndicator")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colActual")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colTarget")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colProgress")}</th>
            <th scope="col" className="px-3 py-2">{t("colBand")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.targetId} data-indicator={row.code} className="align-top">
              <th scope="row" className="px-3 py-2.5 font-normal">
                <span className="block font-medium text-slate-900">{locale === "vi" ? row.nameVi : row.nameEn}</span>
                <span className="mt-0.5 block text-xs text-slate-500">
                  {row.code}
                  {row.leadAgency ? ` · ${t("leadAgency")}: ${row.leadAgency}` : ""}
                </span>
                {row.approval ? (
                  <details className="mt-1 text-xs text-slate-500">
                    <summary className="cursor-pointer text-brand-700">{t("provenance")}</summary>
                    <p className="mt-1">
                      {t("reportedBy", { reporter: row.approval.reporter })} · {formatQuarter(row.approval.period, locale)}
                      {row.approval.approvedAt ? ` · ${t("approvedOn", { date: formatDate(row.approval.approvedAt, locale) })}` : ""}
                    </p>
                  </details>
                ) : null}
              </th>
              <td className="px-3 py-2.5 text-right font-semibold tabular-nums" data-testid="actual">{formatValue(row.ytd, row.unit, locale)}</td>
              <td className="px-3 py-2.5 text-right tabular-nums text-slate-600">
                {COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.targetValue, row.unit, locale)}
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">{formatProgress(row.progress, locale)}</td>
              <td className="px-3 py-2.5"><BandBadge band={row.band} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
