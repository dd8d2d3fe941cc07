import Link from "next/link";
import { useTranslations } from "next-intl";
import { BandBadge } from "@/components/ui/band-badge";
import { tableStyles } from "@/components/ui/table-styles";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatProgress, formatValue } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import type { PublicTargetRow } from "@/lib/public-data";
import { publicHref, publicPaths } from "@/lib/public-routes";
import { ProvenancePopover } from "./provenance-popover";

/** Targets with their approved year-to-date figure; each figure opens its provenance. */
export function PublicTargetTable({ rows, locale, caption, idPrefix }: { rows: PublicTargetRow[]; locale: AppLocale; caption: string; idPrefix: string }) {
  const t = useTranslations("scoreboard");
  const tp = useTranslations("public");
  return (
    <div className={tableStyles.frame}>
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="target-table">
        <caption className="sr-only">{caption}</caption>
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
          {rows.map((row) => {
            const name = locale === "vi" ? row.nameVi : row.nameEn;
            return (
              <tr key={row.code} data-indicator={row.code} className="align-top">
                <th scope="row" className="px-3 py-2.5 font-normal">
                  <Link href={publicHref(locale, publicPaths.indicator(row.code))} className="block font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-brand-800">
                    {name}
                  </Link>
                  <span className="mt-0.5 block text-xs text-slate-500">
                    {row.code}
                    {row.leadAgency ? ` · ${t("leadAgency")}: ${row.leadAgency}` : ""}
                  </span>
                </th>
                <td className="whitespace-nowrap px-3 py-2.5 text-right">
                  <span className="font-semibold tabular-nums" data-testid="actual">{formatValue(row.actual, row.unit, locale)}</span>
                  <ProvenancePopover id={`${idPrefix}-${row.code}`} provenance={row.provenance} indicatorName={name} unit={row.unit} locale={locale} />
                  {row.provenance.origin === "MEASURED" ? (
                    <span className="block text-xs font-medium text-slate-600" title={tp("measuredMarkTitle", { system: row.provenance.sourceSystem ?? "—" })} data-testid="measured-mark">
                      {tp("measuredMark")}
                    </span>
                  ) : null}
                </td>
                <td className="whitespace-nowrap px-3 py-2.5 text-right tabular-nums text-slate-600">
                  {COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.target, row.unit, locale)}
                </td>
                <td className="px-3 py-2.5 text-right tabular-nums">{formatProgress(row.progress, locale)}</td>
                <td className="px-3 py-2.5"><BandBadge band={row.band} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
