import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDateTime, formatValue, type Locale } from "@/lib/format";
import type { TrackerRow } from "@/lib/server/queries/committee-tracker";
import { TrackerStatusBadge } from "./tracker-status-badge";
import { tableStyles } from "@/components/ui/table-styles";

const cell = "px-3 py-2 align-top";

function Timeliness({ row }: { row: TrackerRow }) {
  const t = useTranslations("tracker");
  if (row.late) {
    return (
      <span className="inline-flex whitespace-nowrap rounded-full bg-band-low-soft px-2 py-0.5 text-xs font-semibold text-band-low ring-1 ring-inset ring-band-low/30">
        {t("lateDays", { days: row.daysOverdue ?? 0 })}
      </span>
    );
  }
  const sent = row.status === "SUBMITTED" || row.status === "APPROVED";
  return <span className={`whitespace-nowrap text-xs ${sent ? "text-band-met" : "text-slate-500"}`}>{sent ? t("onTime") : t("notYetDue")}</span>;
}

/** Every unit of the period; on narrow screens the table scrolls inside its card, the unit's name stays put. */
export function TrackerTable({ rows, locale, caption }: { rows: TrackerRow[]; locale: Locale; caption: string }) {
  const t = useTranslations("tracker");
  if (rows.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <div className={`${tableStyles.frame} shadow-sm`}>
      <table className="w-full min-w-[56rem] text-left text-sm" data-testid="tracker-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={`whitespace-nowrap ${tableStyles.head}`}>
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-3 py-2 shadow-[1px_0_0_var(--color-slate-200)]">{t("columns.name")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.status")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("columns.values")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.submittedAt")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.deadline")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.returnReason")}</th>
            <th scope="col" className="px-3 py-2">{t("columns.lastReminder")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} data-unit={row.name} data-status={row.status}>
              <th scope="row" className={`${cell} sticky left-0 z-10 min-w-36 bg-white font-normal shadow-[1px_0_0_var(--color-slate-200)] sm:min-w-52`}>
                {row.submissionId !== null ? (
                  <Link href={`/committee/submissions/${row.submissionId}`} className="block font-medium text-brand-700 hover:underline">{row.name}</Link>
                ) : (
                  <span className="block font-medium text-slate-900">{row.name}</span>
                )}
                <span className="block text-xs text-slate-500">
                  {t(`kind.${row.kind}`)}{row.parentName ? ` · ${row.parentName}` : ""}
                </span>
              </th>
              <td className={cell}><TrackerStatusBadge status={row.status} /></td>
              <td className={`${cell} whitespace-nowrap text-right tabular-nums ${row.filled < row.due ? "text-band-mid" : "text-slate-700"}`}>
                {t("valuesOf", { filled: formatValue(row.filled, "COUNT", locale), due: formatValue(row.due, "COUNT", locale) })}
              </td>
              <td className={`${cell} whitespace-nowrap text-slate-600`}>{row.submittedAt ? formatDateTime(row.submittedAt, locale) : "—"}</td>
              <td className={cell}><Timeliness row={row} /></td>
              <td className={`${cell} min-w-[14rem] max-w-xs text-xs text-slate-700`}>{row.returnReason ?? "—"}</td>
              <td className={`${cell} whitespace-nowrap text-xs text-slate-600`}>{row.lastReminderAt ? formatDateTime(row.lastReminderAt, locale) : t("neverReminded")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
