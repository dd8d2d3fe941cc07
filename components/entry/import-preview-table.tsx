"use client";
import { useLocale, useTranslations } from "next-intl";
import { formatValue } from "@/lib/format";
import { resolveLocale } from "@/lib/i18n/locales";
import type { ImportPreviewRow } from "@/lib/import-state";

/** Every row of the uploaded file: as typed, as it would be saved, and accepted or rejected with the reason. */
export function ImportPreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const t = useTranslations("import");
  const locale = resolveLocale(useLocale());
  // Below md each row stacks into a small card (row number on the left), so the verdict is never off-screen.
  const cell = "px-3 py-2 max-md:px-0 max-md:py-0.5";
  return (
    <div className="overflow-x-auto rounded-md border border-slate-200">
      <table className="min-w-full divide-y divide-slate-200 text-sm max-md:block" data-testid="import-preview">
        <caption className="sr-only">{t("previewCaption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 max-md:hidden">
          <tr>
            <th scope="col" className="px-3 py-2 text-right">{t("colRow")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2">{t("colCode")}</th>
            <th scope="col" className="px-3 py-2">{t("colIndicator")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colRaw")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("colParsed")}</th>
            <th scope="col" className="px-3 py-2">{t("colStatus")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 bg-white max-md:block">
          {rows.map((row) => {
            const ok = row.status === "accepted";
            return (
              <tr key={row.rowNumber} data-row={row.rowNumber} data-status={row.status}
                className={`max-md:grid max-md:grid-cols-[2.5rem_minmax(0,1fr)] max-md:px-2 max-md:py-2 ${ok ? "" : "bg-band-low-soft/40"}`}>
                <td className={`${cell} text-right tabular-nums text-slate-500 max-md:row-span-5 max-md:text-left`}>{row.rowNumber}</td>
                <td className={`${cell} whitespace-nowrap font-mono text-xs max-md:col-start-2`}>{row.code || "—"}</td>
                <td className={`${cell} min-w-48 max-md:col-start-2 max-md:min-w-0 max-md:text-xs max-md:text-slate-600`}>
                  {(locale === "en" ? row.indicatorNameEn : row.indicatorName) ?? <span className="text-slate-400">—</span>}
                </td>
                <td className={`${cell} whitespace-nowrap text-right font-mono text-xs max-md:col-start-2 max-md:text-left`}>
                  <span className="font-sans text-slate-500 md:hidden">{t("colRaw")}: </span>{row.rawValue || "—"}
                </td>
                <td className={`${cell} whitespace-nowrap text-right font-medium tabular-nums max-md:col-start-2 max-md:text-left`}>
                  <span className="font-normal text-slate-500 md:hidden">{t("colParsed")}: </span>
                  {row.parsedValue !== null && row.unit ? formatValue(row.parsedValue, row.unit, locale) : "—"}
                </td>
                <td className={`${cell} min-w-48 max-md:col-start-2 max-md:min-w-0 ${ok ? "text-band-met" : "text-band-low"}`}>
                  <span className="flex items-start gap-1.5">
                    <VerdictIcon ok={ok} />
                    {ok ? <span className="font-medium">{t("accepted")}</span> : <span>{t("rejected", { reason: row.reason ?? "" })}</span>}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A check or a cross beside the words, drawn inline: symbol glyphs may be missing from the font. */
function VerdictIcon({ ok }: { ok: boolean }) {
  return (
    <svg viewBox="0 0 16 16" className="mt-0.5 h-4 w-4 shrink-0" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round">
      <path d={ok ? "M2 8.5 6 12.5 14 4" : "M4 4 12 12M12 4 4 12"} />
    </svg>
  );
}
