import Link from "next/link";
import { useTranslations } from "next-intl";
import { BandShape } from "@/components/ui/icons";
import { tableStyles } from "@/components/ui/table-styles";
import { formatProgress } from "@/lib/format";
import type { AppLocale } from "@/lib/i18n/locales";
import { BANDS } from "@/lib/progress";
import { publicHref, publicPaths } from "@/lib/public-routes";
import type { PublicRankingRow } from "@/lib/server/queries/public/ranking";

const linkClass = "font-medium text-brand-800 underline decoration-slate-300 underline-offset-2 hover:text-brand-900";

/** Units of one level, best first; ties share a rank, and the bands are spelled out, never colour alone. */
export function RankingTable({ rows, caption, locale }: { rows: PublicRankingRow[]; caption: string; locale: AppLocale }) {
  const t = useTranslations("publicRanking");
  const tb = useTranslations("bands");
  // Districts all lie in the one province: the column only speaks for communes.
  const hasParent = rows.some((r) => r.parentName !== null);
  return (
    <div className={tableStyles.frame}>
      <table className="w-full text-left text-sm" data-testid="public-ranking-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="w-12 px-2 py-2 text-right sm:px-3">{t("colRank")}</th>
            <th scope="col" className="px-3 py-2">{t("colLocality")}</th>
            {hasParent ? <th scope="col" className="hidden px-3 py-2 md:table-cell">{t("colParent")}</th> : null}
            <th scope="col" className="px-3 py-2 text-right">{t("colMet")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colShare")}</th>
            <th scope="col" className="hidden px-3 py-2 text-right sm:table-cell">{t("colAverage")}</th>
            <th scope="col" className="hidden px-3 py-2 lg:table-cell">{t("colBands")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const bands = BANDS.filter((b) => row.counts[b] > 0);
            const parent = row.parentCode && row.parentName ? <Link href={publicHref(locale, publicPaths.locality(row.parentCode))} className={linkClass}>{row.parentName}</Link> : row.parentName;
            return (
              <tr key={row.code} data-locality={row.code} className="align-top">
                <td className="px-2 py-2.5 text-right text-base font-semibold tabular-nums text-slate-900 sm:px-3">
                  {row.rank ?? <span className="text-sm font-normal text-slate-500">{t("unranked")}</span>}
                </td>
                <th scope="row" className="px-3 py-2.5 font-normal">
                  <Link href={publicHref(locale, publicPaths.locality(row.code))} className={linkClass}>{row.name}</Link>
                  {parent ? <span className="block text-xs text-slate-500 md:hidden">{parent}</span> : null}
                  {/* On a phone the average and the bands move under the name, so nothing is lost. */}
                  <span className="mt-1 block text-xs text-slate-600 sm:hidden">{t("colAverage")}: {formatProgress(row.averageProgress, locale)}</span>
                  <span className="mt-0.5 block text-xs text-slate-600 lg:hidden">{bands.map((b) => t("bandCount", { band: tb(b), count: row.counts[b] })).join(" · ")}</span>
                </th>
                {hasParent ? <td className="hidden px-3 py-2.5 text-slate-700 md:table-cell">{parent ?? "—"}</td> : null}
                <td className="whitespace-nowrap px-3 py-2.5 text-right tabular-nums">{t("metOf", { met: row.met, targets: row.targets })}</td>
                <td className="whitespace-nowrap px-3 py-2.5 text-right font-semibold tabular-nums">{formatProgress(row.share, locale)}</td>
                <td className="hidden whitespace-nowrap px-3 py-2.5 text-right tabular-nums sm:table-cell">{formatProgress(row.averageProgress, locale)}</td>
                <td className="hidden px-3 py-2.5 lg:table-cell">
                  <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-700">
                    {bands.map((b) => (
                      <li key={b} className="inline-flex items-center gap-1 whitespace-nowrap"><BandShape band={b} />{t("bandCount", { band: tb(b), count: row.counts[b] })}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
