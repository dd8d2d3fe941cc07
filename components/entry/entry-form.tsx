"use client";
import { useActionState, useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import type { Locale } from "@/lib/format";
import { denominatorFieldName, evidenceFieldName, noteFieldName, numeratorFieldName, valueFieldName, versionFieldName } from "@/lib/schemas/reporting";
import { saveActualsAction } from "@/lib/server/actions/reporting";
import type { EntryFormLabels, EntryRowView } from "./entry-types";
import { checkDraft, EntryRow, offersCounts, type RowDraft } from "./entry-row";
import type { EvidenceUploadLabels } from "./evidence-upload";
import { nextRowIndex, readPastedColumn } from "./grid-keyboard";

function toText(value: number | null, locale: Locale): string {
  return value === null ? "" : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

function draftsOf(rows: EntryRowView[], locale: Locale): RowDraft[] {
  return rows.map((r) => ({
    value: toText(r.value, locale),
    numerator: offersCounts(r) ? toText(r.numerator, locale) : "",
    denominator: offersCounts(r) ? toText(r.denominator, locale) : "",
    note: r.note ?? "",
    evidenceUrl: r.evidenceUrl ?? "",
  }));
}

const EMPTY_DRAFT: RowDraft = { value: "", numerator: "", denominator: "", note: "", evidenceUrl: "" };

const sameDraft = (a: RowDraft | undefined, b: RowDraft | undefined) =>
  a?.value === b?.value && a?.numerator === b?.numerator && a?.denominator === b?.denominator && a?.note === b?.note && a?.evidenceUrl === b?.evidenceUrl;

/**
 * A new value that the stored counts no longer describe drops them (the server would refuse the pair),
 * so typing or pasting a rate as before keeps working; counts the officer typed are left for them to fix.
 */
function withValue(row: EntryRowView | undefined, draft: RowDraft, stored: RowDraft | undefined, value: string): RowDraft {
  const next = { ...draft, value };
  const untouched = stored !== undefined && draft.numerator === stored.numerator && draft.denominator === stored.denominator;
  if (!row || !untouched || draft.numerator === "" || checkDraft(row, next).errors.value === undefined) return next;
  return { ...next, numerator: "", denominator: "" };
}

/**
 * The officer's grid for one period: typed or pasted like a spreadsheet, echoed back as parsed, saved with
 * notes and links in one server action.
 */
export function EntryForm({ rows, periodId, reporter, locale, labels, evidenceLabels }: {
  rows: EntryRowView[];
  periodId: number;
  reporter: { localityId: number | null; agencyId: number | null };
  locale: Locale;
  labels: EntryFormLabels;
  evidenceLabels: EvidenceUploadLabels;
}) {
  const [state, formAction, pending] = useActionState(saveActualsAction, IDLE);
  const initial = useMemo(() => draftsOf(rows, locale), [rows, locale]);
  const [drafts, setDrafts] = useState<RowDraft[]>(initial);
  const [announcement, setAnnouncement] = useState("");
  // After a save the server sends new versions: take its values as the new starting point, while keeping
  // the form (and the action's message) mounted. An error leaves the versions, and the typing, alone.
  const versions = rows.map((r) => `${r.indicatorId}:${r.version}`).join(",");
  const [seenVersions, setSeenVersions] = useState(versions);
  if (versions !== seenVersions) {
    setSeenVersions(versions);
    setDrafts(initial);
  }
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const dirty = drafts.some((d, i) => !sameDraft(d, initial[i]));
  const fieldErrors = state.status === "error" ? state.fieldErrors : {};

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const update = (index: number, patch: Partial<RowDraft>) =>
    setDrafts((all) => all.map((d, i) => {
      if (i !== index) return d;
      const next = { ...d, ...patch };
      return patch.value === undefined ? next : withValue(rows[i], next, initial[i], patch.value);
    }));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      formRef.current?.requestSubmit();
      return;
    }
    const next = nextRowIndex(event.key, event.shiftKey, index, rows.length);
    if (next === null) return;
    event.preventDefault();
    inputs.current[next]?.focus();
    inputs.current[next]?.select();
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>, index: number) {
    const column = readPastedColumn(event.clipboardData.getData("text/plain"));
    if (!column) return;
    event.preventDefault();
    const filled = column.slice(0, rows.length - index);
    setDrafts((all) => all.map((d, i) => (i >= index && i < index + filled.length ? withValue(rows[i], d, initial[i], filled[i - index] ?? "") : d)));
    setAnnouncement(labels.pasted.replace("{count}", String(filled.length)));
    inputs.current[Math.min(index + filled.length, rows.length - 1)]?.focus();
  }

  const pillars = [...new Map(rows.map((r) => [r.pillarCode, r.pillarName])).entries()];
  return (
    <form ref={formRef} action={formAction} className="grid grid-cols-1 gap-6" aria-describedby="entry-status entry-keys">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="localityId" value={reporter.localityId ?? ""} />
      <input type="hidden" name="agencyId" value={reporter.agencyId ?? ""} />
      <p id="entry-keys" className="text-xs text-slate-500">{labels.keyboardHint}</p>
      {pillars.map(([code, name]) => (
        <fieldset key={code} className="min-w-0 rounded-lg border border-slate-200 bg-white">
          <legend className="ml-3 px-2 text-sm font-semibold text-brand-900">{name}</legend>
          <div aria-hidden="true" className="hidden border-b border-slate-100 px-3 pb-2 pt-1 text-xs font-semibold uppercase tracking-wide text-slate-500 md:grid md:grid-cols-[minmax(0,1fr)_7rem_7rem_12rem] md:gap-4">
            <span>{labels.colIndicator}</span><span className="text-right">{labels.colTarget}</span>
            <span className="text-right">{labels.colPrevious}</span><span className="text-right">{labels.colValue}</span>
          </div>
          <ul className="divide-y divide-slate-100">
            {rows.map((row, index) => row.pillarCode !== code ? null : (
              <li key={row.indicatorId} data-indicator={row.code} data-unit={row.unit} className="p-3">
                <input type="hidden" name="indicatorId" value={row.indicatorId} />
                <input type="hidden" name={versionFieldName(row.indicatorId)} value={row.version} />
                <EntryRow
                  row={row}
                  draft={drafts[index] ?? EMPTY_DRAFT}
                  names={{
                    value: valueFieldName(row.indicatorId), numerator: numeratorFieldName(row.indicatorId), denominator: denominatorFieldName(row.indicatorId),
                    note: noteFieldName(row.indicatorId), evidenceUrl: evidenceFieldName(row.indicatorId),
                  }}
                  errors={fieldErrors[valueFieldName(row.indicatorId)]}
                  countErrors={{ numerator: fieldErrors[numeratorFieldName(row.indicatorId)], denominator: fieldErrors[denominatorFieldName(row.indicatorId)] }}
                  detailErrors={[...(fieldErrors[`items.${index}.note`] ?? []), ...(fieldErrors[`items.${index}.evidenceUrl`] ?? [])]}
                  locale={locale}
                  labels={labels}
                  evidenceLabels={evidenceLabels}
                  inputRef={(el) => { inputs.current[index] = el; }}
                  onChange={(patch) => update(index, patch)}
                  onKeyDown={(e) => onKeyDown(e, index)}
                  onPaste={(e) => onPaste(e, index)}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white px-4 py-3 shadow-[0_-2px_6px_rgba(15,23,42,0.06)] sm:mx-0 sm:rounded-lg sm:border">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? labels.saving : labels.save}</button>
        <p id="entry-status" role="status" aria-live="polite" className="text-sm">
          {dirty ? <span className="font-medium text-band-mid">{labels.unsaved}</span> : null}
          {state.status !== "idle" ? (
            <span className={`ml-2 ${state.status === "error" ? "font-medium text-band-low" : "text-band-met"}`}>{state.message}</span>
          ) : null}
          {announcement ? <span className="ml-2 text-slate-600">{announcement}</span> : null}
        </p>
      </div>
    </form>
  );
}
