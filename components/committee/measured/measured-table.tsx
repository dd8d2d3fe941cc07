import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/status-badge";
import { tableStyles } from "@/components/ui/table-styles";
import { formatDate, formatDateTime, formatValue, type Locale } from "@/lib/format";
import type { MeasuredComparisonRow } from "@/lib/server/queries/measured";
import { ApproveMeasuredButton } from "./approve-measured-button";
import { DifferenceFlag } from "./difference-flag";

/** Declared beside measured, per cell: what the public reads now, by which rule, and the approval step. */
export async function MeasuredTable({ rows, locale }: { rows: MeasuredComparisonRow[]; locale: Locale }) {
  const t = await getTranslations("measured");
  return (
    <div className={tableStyles.frame}>
      <table className="w-full min-w-[64rem] text-left text-sm" data-testid="measured-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colCell")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colDeclared")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colMeasured")}</th>
            <th scope="col" className="px-3 py-2">{t("colDifference")}</th>
            <th scope="col" className="px-3 py-2">{t("colPublished")}</th>
            <th scope="col" className="px-3 py-2">{t("colDeviations")}</th>
            <th scope="col" className="px-3 py-2">{t("colAction")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => {
            const name = locale === "vi" ? r.indicator.nameVi : r.indicator.nameEn;
            return (
              <tr key={r.measuredValueId} className="align-top" data-indicator={r.indicator.code} data-locality={r.locality.code} data-flagged={r.difference?.flagged ? "true" : "false"}>
                <th scope="row" className="px-3 py-2.5 font-normal">
                  <span className="block font-medium text-slate-900">{name}</span>
                  <span className="block text-xs text-slate-500">{r.indicator.code} · {r.locality.name}</span>
                </th>
                <td className="px-3 py-2.5 text-right">
                  <span className="block font-semibold tabular-nums">{r.declared ? formatValue(r.declared.value, r.indicator.unit, locale) : "—"}</span>
                  {r.declared ? <span className="mt-1 inline-block"><StatusBadge status={r.declared.submissionStatus} /></span> : <span className="block text-xs text-slate-500">{t("noDeclared")}</span>}
                </td>
                <td className="min-w-[11rem] px-3 py-2.5 text-right">
                  <span className="block font-semibold tabular-nums">{formatValue(r.measured.value, r.indicator.unit, locale)}</span>
                  <span className="block text-xs text-slate-600">{t("measurements", { count: r.measured.measurementCount })} · {r.measured.sourceSystem}</span>
                  <span className="block text-xs text-slate-500">{t("lastMeasured", { date: formatDateTime(r.measured.lastMeasuredAt, locale) })}</span>
                </td>
                <td className="px-3 py-2.5"><DifferenceFlag difference={r.difference} unit={r.indicator.unit} locale={locale} /></td>
                <td className="min-w-[9rem] px-3 py-2.5">
                  <span className="block">{r.published ? t(r.published.origin === "MEASURED" ? "publishedMeasured" : "publishedDeclared", { value: formatValue(r.published.value, r.indicator.unit, locale) }) : t("publishedNone")}</span>
                  <span className="block text-xs text-slate-600">{t(r.publishRule === "MEASURED_WINS" ? "ruleMeasuredWins" : "ruleDeclaredWins")}</span>
                </td>
                <td className="px-3 py-2.5">
                  {r.deviations.length === 0 ? <span className="text-slate-500">{t("noDeviation")}</span> : (
                    <ul className="max-w-xs list-disc space-y-1 pl-4 text-xs text-slate-700">
                      {r.deviations.map((d) => <li key={`${d.recordedAt.toISOString()}-${d.description}`}>{d.description}</li>)}
                    </ul>
                  )}
                </td>
                <td className="px-3 py-2.5">
                  {r.measured.status === "PENDING" ? (
                    <ApproveMeasuredButton measuredValueId={r.measuredValueId} label={t("approve")} pendingLabel={t("approving")} cellLabel={`${r.indicator.code} · ${r.locality.name}`} />
                  ) : (
                    <span className="block text-xs text-slate-700">
                      <span className="font-semibold text-band-met">{t("approved")}</span>
                      {r.measured.approvedAt ? <span className="block">{t("approvedOn", { date: formatDate(r.measured.approvedAt, locale), by: r.measured.approvedBy ?? "—" })}</span> : null}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
