import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { tableStyles } from "@/components/ui/table-styles";
import type { AdminAgency } from "@/lib/server/queries/admin-agencies";
import { AgencyActiveControl, RenameAgencyDialog } from "./agency-row-controls";

/** A cell that is a labelled line of its agency's block on phones, an ordinary table cell from `md` up. */
export function StackCell({ label, children }: { label: string; children: ReactNode }) {
  return (
    <td className="flex justify-between gap-3 py-0.5 md:table-cell md:px-3 md:py-2.5 md:align-middle">
      <span className="shrink-0 text-slate-500 md:hidden">{label}</span>
      <span className="text-right md:text-left">{children}</span>
    </td>
  );
}

export function AgenciesTable({ agencies }: { agencies: AdminAgency[] }) {
  const t = useTranslations("adminAgencies");
  return (
    <div className="rounded-lg border border-slate-200 bg-white">
      <table className="block w-full text-left text-sm md:table" data-testid="agencies-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={`hidden ${tableStyles.head} md:table-header-group`}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("name")}</th>
            <th scope="col" className="px-3 py-2">{t("code")}</th>
            <th scope="col" className="px-3 py-2">{t("shortName")}</th>
            <th scope="col" className="px-3 py-2">{t("uses")}</th>
            <th scope="col" className="px-3 py-2">{t("status")}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t("actions")}</span></th>
          </tr>
        </thead>
        <tbody className="block divide-y divide-slate-100 md:table-row-group">
          {agencies.map((a) => (
            <tr key={a.id} data-agency={a.code} className={`block px-4 py-3 md:table-row md:p-0 ${a.active ? "" : "bg-slate-50"}`}>
              <th scope="row" className="block pb-1 font-semibold text-slate-900 md:table-cell md:px-3 md:py-2.5 md:align-middle">{a.name}</th>
              <StackCell label={t("code")}><span className="font-mono text-xs">{a.code}</span></StackCell>
              <StackCell label={t("shortName")}>{a.shortName}</StackCell>
              <StackCell label={t("uses")}>{t("usesValue", { indicators: a._count.indicators, targets: a._count.targets, users: a._count.users })}</StackCell>
              <StackCell label={t("status")}>
                <span data-testid="agency-status" className={`whitespace-nowrap font-medium ${a.active ? "text-band-met" : "text-band-none"}`}>{a.active ? t("active") : t("inactive")}</span>
              </StackCell>
              <td className="block pt-2 md:table-cell md:px-3 md:py-2 md:align-middle">
                <div className="flex flex-wrap items-start gap-2 md:flex-nowrap">
                  <RenameAgencyDialog agency={a} />
                  <AgencyActiveControl agency={a} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
