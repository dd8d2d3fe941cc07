import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatProgress, type Locale } from "@/lib/format";
import type { LocalityDetail } from "@/lib/server/queries/committee-localities";
import { localityHref } from "./links";
import { ShareBar } from "./share-bar";
import { tableStyles } from "@/components/ui/table-styles";

/** A locality's direct units, each with its own share of targets met and a link to its page. */
export function ChildrenTable({ rows, periodKey, caption, locale }: { rows: LocalityDetail["children"]; periodKey: string | null; caption: string; locale: Locale }) {
  const t = useTranslations("localities");
  return (
    <div className={`relative ${tableStyles.frame}`}>
      <table className="w-full min-w-[28rem] text-left text-sm" data-testid="children-table">
        <caption className="sr-only">{caption}</caption>
        <thead className={tableStyles.head}>
          <tr>
            <th scope="col" className="px-3 py-2">{t("colLocality")}</th>
            <th scope="col" className="min-w-[7.5rem] px-3 py-2">{t("colShareMet")}</th>
            <th scope="col" className="min-w-[6.5rem] px-3 py-2 text-right">{t("colAverage")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} data-locality={row.code}>
              <th scope="row" className="px-3 py-2.5 font-normal">
                <Link href={localityHref(row.id, periodKey)} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
                <span className="block text-xs text-slate-500">{t("codeLine", { code: row.code })}</span>
              </th>
              <td className="px-3 py-2.5">
                <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
                  <span className="min-w-[4.5rem] font-semibold tabular-nums">{formatProgress(row.share, locale)}</span>
                  <ShareBar share={row.share} />
                  <span className="text-xs text-slate-500">{t("metOf", { met: row.met, targets: row.targets })}</span>
                </span>
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">{formatProgress(row.averageProgress, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
