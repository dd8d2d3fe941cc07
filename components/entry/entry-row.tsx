"use client";
import { useTranslations } from "next-intl";
import type { ClipboardEvent, KeyboardEvent } from "react";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatValue, type Locale } from "@/lib/format";
import { checkRateCounts, checkValue, type CountsField } from "@/lib/value-rules";
import { EvidenceUpload, type EvidenceUploadLabels } from "./evidence-upload";
import type { EntryFormLabels, EntryRowView } from "./entry-types";

export interface RowDraft { value: string; numerator: string; denominator: string; note: string; evidenceUrl: string }

export const offersCounts = (row: EntryRowView) => row.numeratorDefinition !== null && row.denominatorDefinition !== null;

/** The browser's copy of the server's checks, for instant feedback: the value to store and any field errors. */
export function checkDraft(row: EntryRowView, draft: RowDraft): { value: number | null; errors: Partial<Record<CountsField, string>> } {
  if (offersCounts(row)) {
    const checked = checkRateCounts(draft.value, draft.numerator, draft.denominator);
    return "errors" in checked ? { value: null, errors: checked.errors } : { value: checked.value, errors: {} };
  }
  if (draft.value === "") return { value: null, errors: {} };
  const checked = checkValue(draft.value, row.unit);
  return "error" in checked ? { value: null, errors: { value: checked.error } } : { value: checked.value, errors: {} };
}

/** One indicator in the grid: what it is, its target and last quarter, the value, and its note and link. */
export function EntryRow({ row, draft, names, errors, countErrors, detailErrors, locale, labels, evidenceLabels, inputRef, onChange, onKeyDown, onPaste }: {
  row: EntryRowView;
  draft: RowDraft;
  names: { value: string; numerator: string; denominator: string; note: string; evidenceUrl: string };
  errors: string[] | undefined;
  /** The server's errors on the counts, keyed like the fields. */
  countErrors: { numerator: string[] | undefined; denominator: string[] | undefined };
  detailErrors: string[];
  locale: Locale;
  labels: EntryFormLabels;
  evidenceLabels: EvidenceUploadLabels;
  inputRef: (el: HTMLInputElement | null) => void;
  onChange: (patch: Partial<RowDraft>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLInputElement>) => void;
}) {
  const check = checkDraft(row, draft);
  const problem = errors?.join(" ") ?? check.errors.value ?? null;
  const hintId = `${names.value}-hint`;
  const reasonId = `${names.value}-reason`;
  const describedBy = [hintId, row.returnReason ? reasonId : null].filter(Boolean).join(" ");
  return (
    <div className="grid gap-2 md:grid-cols-[minmax(0,1fr)_7rem_7rem_12rem] md:items-start md:gap-4">
      <div className="min-w-0">
        <label htmlFor={names.value} className="font-medium text-slate-900">{row.name}</label>
        <p className="mt-0.5 text-xs text-slate-500">
          {row.code}
          <span className="md:hidden"> · {labels.target}: {COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.targetValue, row.unit, locale)} · {labels.previous}: {formatValue(row.previousValue, row.unit, locale)}</span>
        </p>
        {row.returnReason ? (
          <p id={reasonId} className="mt-1 rounded border border-band-low/30 bg-band-low-soft px-2 py-1 text-sm text-band-low" data-testid="value-return-reason">
            <strong>{labels.returnReason}:</strong> {row.returnReason}
          </p>
        ) : null}
        <details className="mt-1 text-xs text-slate-600">
          <summary className="cursor-pointer text-brand-700">{labels.definition}</summary>
          <p className="mt-1">{row.definition}</p>
        </details>
        <details className="mt-1 text-sm" open={detailErrors.length > 0 || undefined}>
          <summary className="cursor-pointer text-xs text-brand-700">{labels.details}{draft.note || draft.evidenceUrl || row.evidenceFiles.length > 0 ? ` (${labels.hasDetails})` : ""}</summary>
          <div className="mt-2 grid gap-2">
            <label className="grid gap-1 text-xs font-medium text-slate-700">
              {labels.note}
              <textarea name={names.note} value={draft.note} rows={2} maxLength={1000} onChange={(e) => onChange({ note: e.target.value })}
                className="rounded-md border border-slate-300 px-2 py-1 text-sm font-normal" />
            </label>
            <label className="grid gap-1 text-xs font-medium text-slate-700">
              {labels.evidenceUrl}
              <input name={names.evidenceUrl} type="url" inputMode="url" value={draft.evidenceUrl} maxLength={500} placeholder="https://"
                onChange={(e) => onChange({ evidenceUrl: e.target.value })} className="rounded-md border border-slate-300 px-2 py-1 text-sm font-normal" />
            </label>
            {detailErrors.length > 0 ? <p role="alert" className="text-xs font-medium text-band-low">{detailErrors.join(" ")}</p> : null}
            <EvidenceUpload actualId={row.actualId} files={row.evidenceFiles} labels={evidenceLabels} locale={locale} />
          </div>
        </details>
      </div>
      <p className="hidden text-right text-sm tabular-nums text-slate-600 md:block">{COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.targetValue, row.unit, locale)}</p>
      <p className="hidden text-right text-sm tabular-nums text-slate-600 md:block">{formatValue(row.previousValue, row.unit, locale)}</p>
      <div>
        <input
          ref={inputRef}
          id={names.value}
          name={names.value}
          inputMode="decimal"
          autoComplete="off"
          value={draft.value}
          onChange={(e) => onChange({ value: e.target.value })}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          aria-invalid={problem ? true : undefined}
          aria-describedby={describedBy}
          className={`w-full rounded-md border px-3 py-2 text-right text-base tabular-nums ${problem ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
        />
        <p id={hintId} aria-live="polite" className={`mt-1 text-right text-xs ${problem ? "font-medium text-band-low" : "text-slate-500"}`}>
          {problem ?? (check.value !== null ? `${labels.parsedAs} ${formatValue(check.value, row.unit, locale)}` : "")}
        </p>
        {offersCounts(row) ? (
          <RateCounts row={row} draft={draft} names={names} onChange={onChange}
            errors={{ numerator: countErrors.numerator?.join(" ") ?? check.errors.numerator, denominator: countErrors.denominator?.join(" ") ?? check.errors.denominator }}
            openOnError={countErrors.numerator !== undefined || countErrors.denominator !== undefined} />
        ) : null}
      </div>
    </div>
  );
}

/**
 * A rate's optional counts, folded away under the value. They stay out of the grid's keyboard and paste
 * handling, which belong to the value inputs only.
 */
function RateCounts({ row, draft, names, errors, openOnError, onChange }: {
  row: EntryRowView;
  draft: RowDraft;
  names: { numerator: string; denominator: string };
  errors: { numerator: string | undefined; denominator: string | undefined };
  openOnError: boolean;
  onChange: (patch: Partial<RowDraft>) => void;
}) {
  const t = useTranslations("entry");
  const filled = draft.numerator !== "" && draft.denominator !== "";
  const cleared = row.numerator !== null && draft.numerator === "" && draft.denominator === "";
  const fields = [
    { key: "numerator", label: t("numerator"), definition: row.numeratorDefinition },
    { key: "denominator", label: t("denominator"), definition: row.denominatorDefinition },
  ] as const;
  return (
    <details className="mt-1 text-xs" open={openOnError || undefined} data-testid="rate-counts">
      <summary className="cursor-pointer text-brand-700">
        {t("counts")}{filled ? ` (${draft.numerator} / ${draft.denominator})` : cleared ? ` (${t("countsCleared")})` : ""}
      </summary>
      <p className="mt-1 text-slate-500">{t("countsHint")}</p>
      <div className="mt-2 grid gap-2">
        {fields.map(({ key, label, definition }) => {
          const error = errors[key];
          const errorId = `${names[key]}-error`;
          return (
            <div key={key} className="grid gap-1 text-slate-700">
              <label htmlFor={names[key]}><span className="font-medium">{label}</span>: {definition}</label>
              <input id={names[key]} name={names[key]} inputMode="decimal" autoComplete="off" value={draft[key]}
                onChange={(e) => onChange({ [key]: e.target.value })}
                aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined}
                className={`w-full rounded-md border px-2 py-1 text-right text-sm tabular-nums ${error ? "border-band-low bg-band-low-soft" : "border-slate-300"}`} />
              {error ? <p id={errorId} aria-live="polite" className="font-medium text-band-low">{error}</p> : null}
            </div>
          );
        })}
      </div>
    </details>
  );
}
