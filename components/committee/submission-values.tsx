import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatValue, type Locale } from "@/lib/format";
import { valueReasonFieldName } from "@/lib/schemas/reporting";
import type { ReviewValueRow } from "@/lib/server/queries/review";
import { CorrectionDialog, type CorrectionTarget } from "./correction-dialog";

export type { CorrectionTarget };

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/** A figure cell: a table cell from `sm` up; on phones a labelled line of its value's block. */
function FigureCell({ label, children, strong = false }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <td className={`flex justify-between gap-3 py-0.5 tabular-nums sm:table-cell sm:py-2 sm:pr-3 sm:text-right sm:align-top ${strong ? "font-semibold" : "text-slate-600"}`}>
      <span className="font-normal text-slate-500 sm:hidden">{label}</span>
      {children}
    </td>
  );
}

/**
 * A submission's quarter values beside this year's targets and what the public sees now, with the officer's
 * note and link. With returnFormId, each value takes an optional reason for the return form of that id.
 */
export function SubmissionValues({ rows, locale, returnFormId, reasons, onReasonChange, reasonErrors, correction }: {
  rows: ReviewValueRow[];
  locale: Locale;
  returnFormId: string | null;
  reasons: Record<number, string>;
  onReasonChange: (indicatorId: number, text: string) => void;
  reasonErrors: Record<number, string[]>;
  correction: CorrectionTarget | null;
}) {
  const t = useTranslations("reviewDetail");
  if (rows.length === 0) return <p className="text-sm text-slate-600">{t("noValues")}</p>;
  return (
    <table className="block w-full text-left text-sm sm:table">
      <caption className="sr-only">{t("valuesCaption")}</caption>
      <thead className="hidden text-xs uppercase tracking-wide text-slate-600 sm:table-header-group">
        <tr>
          <th scope="col" className="py-2 pr-3">{t("colIndicator")}</th>
          <th scope="col" className="py-2 pr-3 text-right">{t("colValue")}</th>
          <th scope="col" className="py-2 pr-3 text-right">{t("colPublished")}</th>
          <th scope="col" className="py-2 pr-3 text-right">{t("colTarget")}</th>
          <th scope="col" className="py-2"><span className="sr-only">{t("colActions")}</span></th>
        </tr>
      </thead>
      {rows.map((row) => {
        const name = locale === "vi" ? row.nameVi : row.nameEn;
        const field = valueReasonFieldName(row.indicatorId);
        const errors = reasonErrors[row.indicatorId];
        const hasDetails = returnFormId !== null || row.note || row.evidenceUrl || row.evidenceFiles.length > 0 || row.returnReason || row.correctionReason;
        return (
          <tbody key={row.indicatorId} data-indicator={row.code} className="block border-t border-slate-200 py-2 sm:table-row-group sm:py-0">
            <tr className="block sm:table-row">
              <th scope="row" className="block pb-1 font-normal sm:table-cell sm:py-2 sm:pr-3 sm:align-top">
                <span className="font-medium text-slate-900">{name}</span>
                <span className="block text-xs text-slate-500">{row.code}</span>
              </th>
              <FigureCell label={t("colValue")} strong>{formatValue(row.value, row.unit, locale)}</FigureCell>
              <FigureCell label={t("colPublished")}>{row.isPublished ? formatValue(row.publishedValue, row.unit, locale) : t("notPublished")}</FigureCell>
              <FigureCell label={t("colTarget")}>{COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.targetValue, row.unit, locale)}</FigureCell>
              <td className="block pt-1 sm:table-cell sm:py-2 sm:align-top">
                <div className="flex flex-wrap items-center gap-x-3 gap-y-1 sm:justify-end">
                  {row.actualId !== null ? (
                    <Link href={`/committee/values/${row.actualId}`} aria-label={t("historyOf", { indicator: name })} className="text-brand-700 underline-offset-2 hover:underline">
                      {t("history")}
                    </Link>
                  ) : null}
                  {correction ? <CorrectionDialog row={row} name={name} target={correction} locale={locale} /> : null}
                </div>
              </td>
            </tr>
            {hasDetails ? (
              <tr className="block sm:table-row">
                <td colSpan={5} className="block pb-3 sm:table-cell">
                  <div className="grid gap-1.5 text-xs text-slate-700">
                    {row.note ? <p><span className="font-semibold">{t("note")}:</span> {row.note}</p> : null}
                    {row.evidenceUrl && isWebLink(row.evidenceUrl) ? (
                      <p>
                        <a href={row.evidenceUrl} target="_blank" rel="noopener noreferrer nofollow" className="break-all text-brand-700 underline">
                          {t("evidence")}<span className="sr-only"> {t("opensNewTab")}</span>
                          <svg aria-hidden="true" viewBox="0 0 16 16" className="ml-1 inline size-3 align-[-1px]" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
                            <path d="M6 3H3v10h10v-3M9 3h4v4M13 3L7 9" />
                          </svg>
                        </a>
                      </p>
                    ) : null}
                    {row.evidenceFiles.length > 0 ? (
                      <p className="flex flex-wrap gap-x-3 gap-y-1">
                        <span className="font-semibold">{t("evidenceFiles")}:</span>
                        {row.evidenceFiles.map((file) => (
                          <a key={file.id} href={`/api/evidence/${file.id}`} download className="break-all text-brand-700 underline">{file.originalName}</a>
                        ))}
                      </p>
                    ) : null}
                    {row.returnReason ? (
                      <p className="rounded bg-band-low-soft px-2 py-1 text-band-low"><span className="font-semibold">{t("valueReturnReason")}:</span> {row.returnReason}</p>
                    ) : null}
                    {row.correctionReason ? (
                      <p className="rounded bg-band-mid-soft px-2 py-1 text-band-mid" data-testid="pending-correction">{t("pendingCorrection", { reason: row.correctionReason })}</p>
                    ) : null}
                    {returnFormId !== null ? (
                      <div className="grid gap-1 sm:grid-cols-[12rem_minmax(0,1fr)] sm:items-start sm:gap-3">
                        <input type="hidden" name="indicatorId" value={row.indicatorId} form={returnFormId} />
                        <label htmlFor={field} className="pt-1.5 text-sm text-slate-700">{t("valueReason")}</label>
                        <div>
                          <input
                            id={field}
                            name={field}
                            form={returnFormId}
                            value={reasons[row.indicatorId] ?? ""}
                            onChange={(e) => onReasonChange(row.indicatorId, e.target.value)}
                            autoComplete="off"
                            placeholder={t("optional")}
                            aria-invalid={errors ? true : undefined}
                            aria-describedby={`${field}-error`}
                            className={`w-full rounded-md border px-2 py-1.5 text-base sm:text-sm ${errors ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
                          />
                          <p id={`${field}-error`} aria-live="polite" className="mt-0.5 text-xs font-medium text-band-low">{errors?.join(" ")}</p>
                        </div>
                      </div>
                    ) : null}
                  </div>
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
    </table>
  );
}
