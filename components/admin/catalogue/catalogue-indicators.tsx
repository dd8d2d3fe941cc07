import { useTranslations } from "next-intl";
import { StackCell } from "@/components/admin/agencies-table";
import { tableStyles } from "@/components/ui/table-styles";
import type { Locale } from "@/lib/format";
import type { AdminCatalogueIndicator } from "@/lib/server/queries/admin-catalogue";

/** Every indicator with its national code, or marked as the province's own; how many deviations each has. */
export function CatalogueIndicators({ indicators, locale }: { indicators: AdminCatalogueIndicator[]; locale: Locale }) {
  const t = useTranslations("catalogue");
  const national = indicators.filter((i) => i.catalogueCode !== null).length;
  return (
    <section aria-labelledby="catalogue-indicators">
      <h2 id="catalogue-indicators" className="font-semibold text-brand-900">{t("indicatorsTitle")}</h2>
      <p className="mb-2 mt-1 text-sm text-slate-600" data-testid="catalogue-counts">{t("indicatorsSummary", { national, local: indicators.length - national })}</p>
      <div className="rounded-lg border border-slate-200 bg-white">
        <table className="block w-full text-left text-sm md:table" data-testid="catalogue-indicators">
          <caption className="sr-only">{t("indicatorsCaption")}</caption>
          <thead className={`hidden ${tableStyles.head} md:table-header-group`}>
            <tr>
              <th scope="col" className="px-3 py-2">{t("colCode")}</th>
              <th scope="col" className="px-3 py-2">{t("colIndicator")}</th>
              <th scope="col" className="px-3 py-2">{t("colNational")}</th>
              <th scope="col" className="px-3 py-2">{t("colDeviations")}</th>
            </tr>
          </thead>
          <tbody className="block divide-y divide-slate-100 md:table-row-group">
            {indicators.map((i) => (
              <tr key={i.id} data-indicator={i.code} className={`block px-4 py-3 md:table-row md:p-0 ${i.active ? "" : "bg-slate-50"}`}>
                <td className="block font-mono text-xs text-slate-500 md:table-cell md:px-3 md:py-2.5">{i.code}</td>
                <th scope="row" className="block pb-1 font-semibold text-slate-900 md:table-cell md:px-3 md:py-2.5 md:font-medium">
                  {locale === "vi" ? i.nameVi : i.nameEn}
                  {i.active ? null : <span className="ml-2 text-xs font-normal text-band-none">{t("inactive")}</span>}
                </th>
                <StackCell label={t("colNational")}>
                  {i.catalogueCode ? (
                    <span className="whitespace-nowrap font-mono text-xs font-semibold text-brand-800" title={i.catalogueFormula ?? undefined}>{i.catalogueCode}</span>
                  ) : (
                    <span className="whitespace-nowrap rounded bg-pillar-soc-soft px-1.5 py-0.5 text-xs font-medium text-slate-800">{t("local")}</span>
                  )}
                </StackCell>
                <StackCell label={t("colDeviations")}>
                  {i._count.deviations > 0 ? <span className="font-medium text-band-mid">{i._count.deviations}</span> : <span className="text-slate-400">0</span>}
                </StackCell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
