import Link from "next/link";
import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import { formatDate, formatValue } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import type { PublicCorrectionEntry } from "@/lib/server/queries/public/corrections";

/** The approved corrections of one quarter's figures: what changed, where, from what to what, when and why. */
export function CorrectionsTable({ corrections, locale, caption }: { corrections: PublicCorrectionEntry[]; locale: AppLocale; caption: string }) {
  const t = useTranslations("publicCorrections");
  const tp = useTranslations("public");
  const link = "font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-brand-800";
  return (
    <div className={tableStyles.frame}>
      <table className="w-full min-w-[44rem] text-left text-sm" data-testid="corrections-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colIndicator")}</th>
            <th scope="col" className="px-3 py-2">{t("colLocality")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-right">{t("colOld")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-right">{t("colNew")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2">{t("colApproved")}</th>
            <th scope="col" className="px-3 py-2">{t("colReason")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {corrections.map((c) => (
            <tr key={`${c.indicatorCode}-${c.localityCode}-${c.revision}`} className="align-top" data-indicator={c.indicatorCode} data-locality={c.localityCode}>
              <th scope="row" className="min-w-[12rem] px-3 py-2.5 font-normal">
                <Link href={publicHref(locale, publicPaths.indicator(c.indicatorCode))} className={link}>
                  {locale === "vi" ? c.indicatorNameVi : c.indicatorNameEn}
                </Link>
                <span className="mt-0.5 block text-xs text-slate-500">{c.indicatorCode}</span>
              </th>
              <td className="px-3 py-2.5">
                <Link href={publicHref(locale, publicPaths.locality(c.localityCode))} className={link}>{c.localityName}</Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-right tabular-nums text-slate-600" data-testid="old-value">{formatValue(c.from, c.unit, locale)}</td>
              <td className="whitespace-nowrap px-3 py-2.5 text-right font-semibold tabular-nums" data-testid="new-value">
                <span aria-hidden="true" className="mr-1 font-normal text-slate-400">→</span>
                {formatValue(c.to, c.unit, locale)}
              </td>
              <td className="whitespace-nowrap px-3 py-2.5">{formatDate(new Date(c.approvedAt), locale)}</td>
              <td className="min-w-[16rem] px-3 py-2.5 text-slate-700">{c.reason ?? tp("noReason")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
