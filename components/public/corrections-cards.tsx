import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatDate, formatValue } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { publicHref, publicPaths } from "@/lib/public-routes";
import type { PublicCorrectionEntry } from "@/lib/server/queries/public/corrections";

/**
 * The same corrections as CorrectionsTable, one card each, for phones: a six-column table with a long reason
 * would have to be scrolled sideways to be read. Only one of the two is displayed at any width (lg breakpoint).
 */
export function CorrectionsCards({ corrections, locale }: { corrections: PublicCorrectionEntry[]; locale: AppLocale }) {
  const t = useTranslations("publicCorrections");
  const tp = useTranslations("public");
  return (
    <ul className="grid gap-3" data-testid="corrections-cards">
      {corrections.map((c) => (
        <li key={`${c.indicatorCode}-${c.localityCode}-${c.revision}`} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <h3 className="font-medium">
            <Link href={publicHref(locale, publicPaths.indicator(c.indicatorCode))} className="text-slate-900 underline decoration-slate-300 underline-offset-2 hover:text-brand-800">
              {locale === "vi" ? c.indicatorNameVi : c.indicatorNameEn}
            </Link>
            <span className="ml-1 text-xs font-normal text-slate-500">{c.indicatorCode}</span>
          </h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            <dt className="text-slate-500">{t("colLocality")}</dt>
            <dd><Link href={publicHref(locale, publicPaths.locality(c.localityCode))} className="underline decoration-slate-300 underline-offset-2">{c.localityName}</Link></dd>
            <dt className="text-slate-500">{t("colOld")}</dt>
            <dd className="tabular-nums">{formatValue(c.from, c.unit, locale)}</dd>
            <dt className="text-slate-500">{t("colNew")}</dt>
            <dd className="font-semibold tabular-nums">{formatValue(c.to, c.unit, locale)}</dd>
            <dt className="text-slate-500">{t("colApproved")}</dt>
            <dd>{formatDate(new Date(c.approvedAt), locale)}</dd>
            <dt className="text-slate-500">{t("colReason")}</dt>
            <dd className="text-slate-700">{c.reason ?? tp("noReason")}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
