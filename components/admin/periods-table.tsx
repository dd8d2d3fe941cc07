import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { formatDate, formatDateTime, type Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import type { AdminPeriod } from "@/lib/server/queries/admin";
import { asQuarter } from "@/lib/server/queries/periods";
import { DeadlineForm } from "./deadline-form";
import { PeriodLockControl } from "./period-lock-control";
import { tableStyles } from "@/components/ui/table-styles";

/** A cell that is a labelled line of its period's block on phones, an ordinary table cell from `sm` up. */
function Cell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="flex justify-between gap-3 py-0.5 sm:table-cell sm:px-3 sm:py-2.5 sm:align-middle">
      <span className="text-slate-500 sm:hidden">{label}</span>
      <span>{children}</span>
    </td>
  );
}

/** Reporting periods with their deadlines and locks, each with its own controls. */
export function PeriodsTable({ periods, locale }: { periods: AdminPeriod[]; locale: Locale }) {
  const t = useTranslations("adminPeriods");
  const tAdmin = useTranslations("admin");
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <table className="block w-full text-left text-sm sm:table" data-testid="periods-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={`hidden ${tableStyles.head} sm:table-header-group`}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colPeriod")}</th>
            <th scope="col" className="px-3 py-2">{t("colStarts")}</th>
            <th scope="col" className="px-3 py-2">{t("colDeadline")}</th>
            <th scope="col" className="px-3 py-2">{t("colStatus")}</th>
            <th scope="col" className="px-3 py-2">{t("colLockedAt")}</th>
            <th scope="col" className="px-3 py-2">{t("colChangeDeadline")}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("colLock")}</span></th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 sm:table-row-group">
          {periods.map((p) => {
            const label = formatQuarter(asQuarter(p), locale);
            const locked = p.status === "LOCKED";
            return (
              <tr key={p.id} data-period={quarterKey(asQuarter(p))} className="block px-4 py-3 sm:table-row sm:p-0">
                <th scope="row" className="block pb-1 font-semibold text-slate-900 sm:table-cell sm:px-3 sm:py-2.5 sm:align-middle">{label}</th>
                <Cell label={t("colStarts")}>{formatDate(p.startsOn, locale)}</Cell>
                <Cell label={t("colDeadline")}><span data-testid="deadline">{formatDate(p.deadline, locale)}</span></Cell>
                <Cell label={t("colStatus")}>
                  <span data-testid="period-status" className={`font-medium ${locked ? "text-band-mid" : "text-band-met"}`}>{tAdmin(`periodStatus.${p.status}`)}</span>
                </Cell>
                <Cell label={t("colLockedAt")}>{p.lockedAt ? formatDateTime(p.lockedAt, locale) : "—"}</Cell>
                <td className="block pt-2 sm:table-cell sm:px-3 sm:py-2 sm:align-middle">
                  <DeadlineForm periodId={p.id} deadline={p.deadline.toISOString().slice(0, 10)} periodLabel={label} />
                </td>
                <td className="block pt-1 sm:table-cell sm:px-3 sm:py-2 sm:align-middle">
                  <PeriodLockControl periodId={p.id} locked={locked} periodLabel={label} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
