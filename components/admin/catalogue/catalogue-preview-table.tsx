"use client";
import { useTranslations } from "next-intl";
import { tableStyles } from "@/components/ui/table-styles";
import type { CataloguePreviewRow } from "@/lib/catalogue";

const ACTION_STYLE: Record<CataloguePreviewRow["action"], string> = {
  create: "text-brand-800",
  update: "text-band-met",
  unchanged: "text-band-none",
  error: "text-band-low",
};

/** Every entry of the uploaded catalogue: its codes, and what importing it does, with new deviations or its errors. */
export function CataloguePreviewTable({ rows }: { rows: CataloguePreviewRow[] }) {
  const t = useTranslations("catalogue");
  const cell = "px-3 py-2 align-top max-md:block max-md:px-0 max-md:py-0.5";
  return (
    <div className={`${tableStyles.frame} max-h-[32rem] overflow-y-auto`}>
      <table className="min-w-full divide-y divide-slate-200 text-sm max-md:block" data-testid="catalogue-preview">
        <caption className="sr-only">{t("previewCaption")}</caption>
        <thead className={`${tableStyles.head} sticky top-0 text-left max-md:hidden`}>
          <tr>
            <th scope="col" className="px-3 py-2 text-right">{t("colRow")}</th>
            <th scope="col" className="px-3 py-2">{t("colCodes")}</th>
            <th scope="col" className="px-3 py-2">{t("colName")}</th>
            <th scope="col" className="px-3 py-2">{t("colResult")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white max-md:block">
          {rows.map((row) => (
            <tr key={row.row} data-row={row.row} data-action={row.action} className={`max-md:block max-md:px-3 max-md:py-2 ${row.action === "error" ? "bg-band-low-soft/40" : ""}`}>
              <td className={`${cell} text-right tabular-nums text-slate-500 max-md:text-left`}>
                <span className="md:hidden">{t("colRow")} </span>{row.row}
              </td>
              <td className={`${cell} whitespace-nowrap font-mono text-xs`}>{row.code || "—"} → {row.localCode || "—"}</td>
              <td className={`${cell} min-w-56`}>{row.nameVi || <span className="text-slate-400">—</span>}</td>
              <td className={`${cell} min-w-64 ${ACTION_STYLE[row.action]}`}>
                <span className="font-medium">{t(`action.${row.action}`)}</span>
                {row.errors.length > 0 ? <ul className="mt-1 list-disc pl-5">{row.errors.map((e) => <li key={e}>{e}</li>)}</ul> : null}
                {row.deviations.length > 0 ? (
                  <ul className="mt-1 list-disc pl-5 text-band-mid">{row.deviations.map((d) => <li key={d}>{t("newDeviation", { description: d })}</li>)}</ul>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
