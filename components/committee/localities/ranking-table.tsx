import Link from "next/link";
import { useTranslations } from "next-intl";
import { BandBadge } from "@/components/ui/band-badge";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatProgress, formatValue, type IndicatorUnit, type Locale } from "@/lib/format";
import type { LocalityRanking } from "@/lib/server/queries/committee-localities";
import { localityHref } from "./links";
import { ShareBar } from "./share-bar";
import { tableStyles } from "@/components/ui/table-styles";

type Row = LocalityRanking["rows"][number];

/** The ranking: overall share of targets met, or, with an indicator chosen, progress on that indicator. */
export function RankingTable({ rows, indicator, periodKey, caption, locale }: {
  rows: Row[];
  indicator: { code: string; unit: IndicatorUnit } | null;
  periodKey: string | null;
  caption: string;
  locale: Locale;
}) {
  const t = useTranslations("localities");
  return (
    <div className={`relative ${tableStyles.frame}`}>
      <table className="w-full min-w-[18rem] sm:min-w-[34rem] text-left text-sm" data-testid="ranking-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="w-12 px-2 py-2 text-right sm:px-3">{t("colRank")}</th>
            <th scope="col" className="min-w-[8rem] px-3 py-2">{t("colLocality")}</th>
            {indicator ? (
              <>
                <th scope="col" className="px-3 py-2 text-right">{t("colValue")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("colTarget")}</th>
                <th scope="col" className="px-3 py-2 text-right">{t("colProgress")}</th>
                <th scope="col" className="px-3 py-2">{t("colBand")}</th>
              </>
            ) : (
              <>
                <th scope="col" className="min-w-[7.5rem] px-3 py-2">{t("colShareMet")}</th>
                <th scope="col" className="min-w-[6.5rem] px-3 py-2 text-right">{t("colAverage")}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => {
            const cell = indicator ? row.cells.find((c) => c.code === indicator.code) : undefined;
            return (
              <tr key={row.locality.id} data-locality={row.locality.code}>
                <td className="px-2 py-2.5 text-right font-semibold tabular-nums text-slate-900 sm:px-3">{row.rank ?? "—"}</td>
                <th scope="row" className="px-3 py-2.5 font-normal">
                  <Link href={localityHref(row.locality.id, periodKey)} className="font-medium text-brand-700 hover:underline">{row.locality.name}</Link>
                  {row.locality.parentName ? <span className="block text-xs text-slate-500">{row.locality.parentName}</span> : null}
                </th>
                {indicator ? (
                  <>
                    <td className="px-3 py-2.5 text-right font-semibold tabular-nums">{formatValue(cell?.ytd, indicator.unit, locale)}</td>
                    <td className="px-3 py-2.5 text-right tabular-nums text-slate-600">
                      {cell?.target ? `${COMPARATOR_SYMBOL[cell.target.comparator]} ${formatValue(cell.target.value, indicator.unit, locale)}` : t("noTarget")}
                    </td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{formatProgress(cell?.progress ?? null, locale)}</td>
                    <td className="px-3 py-2.5">{cell?.band ? <BandBadge band={cell.band} /> : "—"}</td>
                  </>
                ) : (
                  <>
                    <td className="px-3 py-2.5">
                      <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                        <span className="font-semibold tabular-nums text-slate-900 sm:min-w-[4.5rem]">{formatProgress(row.share, locale)}</span>
                        <ShareBar share={row.share} />
                        <span className="text-xs text-slate-500">{t("metOf", { met: row.met, targets: row.targets })}</span>
                      </span>
                    </td>
                    <td className="px-3 py-2.5 text-right tabular-nums">{formatProgress(row.averageProgress, locale)}</td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
