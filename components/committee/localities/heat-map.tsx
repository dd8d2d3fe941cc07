import Link from "next/link";
import { useTranslations } from "next-intl";
import { BandShape } from "@/components/ui/icons";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatProgress, formatValue, type Locale } from "@/lib/format";
import type { HeatMap as HeatMapData } from "@/lib/server/queries/committee-localities";
import { bandCellStyle } from "./band-cell-style";
import { localityHref } from "./links";

/**
 * Localities × indicators. Each cell carries colour, a band shape and the progress as text, and the band in
 * words for screen readers; row headers are the localities, column headers the indicator codes with their
 * full names. The first column stays put while the grid scrolls sideways on a phone.
 */
export function HeatMap({ data, caption, locale, periodKey }: { data: HeatMapData; caption: string; locale: Locale; periodKey: string | null }) {
  const t = useTranslations("heatmap");
  const tb = useTranslations("bands");
  const name = (i: { nameVi: string; nameEn: string }) => (locale === "vi" ? i.nameVi : i.nameEn);
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200" data-testid="heat-map">
      <table className="w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 min-w-[10rem] border-b border-slate-200 bg-slate-100 px-3 py-2 text-left text-xs uppercase tracking-wide text-slate-600">
              {t("colLocality")}
            </th>
            {data.indicators.map((i) => (
              <th key={i.code} scope="col" className="min-w-[6.5rem] border-b border-slate-200 bg-slate-100 px-2 py-2 text-center text-xs font-semibold text-slate-700">
                <abbr title={name(i)} className="cursor-help no-underline">{i.code}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row) => (
            <tr key={row.locality.id} data-locality={row.locality.code}>
              <th scope="row" className="sticky left-0 z-10 border-b border-r border-slate-200 bg-white px-3 py-2 text-left font-normal">
                <Link href={localityHref(row.locality.id, periodKey)} className="font-medium text-brand-700 hover:underline">{row.locality.name}</Link>
                {row.locality.parentName ? <span className="block text-xs text-slate-500">{row.locality.parentName}</span> : null}
              </th>
              {row.cells.map((cell, index) => {
                const indicator = data.indicators[index];
                if (!indicator) return null;
                const value = formatValue(cell.ytd, indicator.unit, locale);
                const target = cell.target ? `${COMPARATOR_SYMBOL[cell.target.comparator]} ${formatValue(cell.target.value, indicator.unit, locale)}` : t("noTarget");
                const title = `${row.locality.name} · ${indicator.code}: ${value} / ${target}${cell.band ? ` · ${tb(cell.band)}` : ""}`;
                return (
                  <td key={cell.code} title={title} data-band={cell.band ?? "NO_TARGET"} className={`border-b border-r border-white px-2 py-1.5 text-center ${cell.band ? bandCellStyle[cell.band] : "bg-white text-slate-400"}`}>
                    {cell.band ? (
                      <>
                        <span className="flex items-center justify-center gap-1 font-semibold tabular-nums">
                          <BandShape band={cell.band} />
                          {cell.band === "NO_DATA" ? "—" : formatProgress(cell.progress, locale)}
                        </span>
                        <span className="block text-xs tabular-nums opacity-80">{value}</span>
                        <span className="sr-only">{tb(cell.band)}</span>
                      </>
                    ) : (
                      <span className="text-xs">{t("noTarget")}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
