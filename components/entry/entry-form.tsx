"use client";
import { useActionState, useEffect, useMemo, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { formatValue, type Locale } from "@/lib/format";
import { parseLocalizedNumber } from "@/lib/parse-number";
import { valueFieldName, versionFieldName } from "@/lib/schemas/reporting";
import { IDLE } from "@/lib/action-result";
import type { EntryRowView } from "./entry-types";
import { saveActualsAction } from "@/lib/server/actions/reporting";

export interface EntryFormLabels {
  indicator: string; target: string; previous: string; value: string; save: string; saving: string;
  unsaved: string; parsedAs: string; invalid: string; definition: string;
}

function toText(value: number | null, locale: Locale): string {
  return value === null ? "" : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** The officer's values for one period: typed freely, echoed back as parsed, saved in one action. */
export function EntryForm({ rows, periodId, reporter, locale, labels }: {
  rows: EntryRowView[];
  periodId: number;
  reporter: { localityId: number | null; agencyId: number | null };
  locale: Locale;
  labels: EntryFormLabels;
}) {
  const [state, formAction, pending] = useActionState(saveActualsAction, IDLE);
  const initial = useMemo(() => Object.fromEntries(rows.map((r) => [r.indicatorId, toText(r.value, locale)])), [rows, locale]);
  const [values, setValues] = useState<Record<number, string>>(initial);
  // After a save the server sends new versions: take its values as the new starting point, while
  // keeping the form (and the action's message) mounted. An error leaves the versions, and the typing, alone.
  const versions = rows.map((r) => `${r.indicatorId}:${r.version}`).join(",");
  const [seenVersions, setSeenVersions] = useState(versions);
  if (versions !== seenVersions) {
    setSeenVersions(versions);
    setValues(initial);
  }
  const dirty = rows.some((r) => (values[r.indicatorId] ?? "") !== (initial[r.indicatorId] ?? ""));
  const fieldErrors = state.status === "error" ? state.fieldErrors : {};

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const pillars = [...new Map(rows.map((r) => [r.pillarCode, r.pillarName])).entries()];
  return (
    <form action={formAction} className="grid grid-cols-1 gap-6" aria-describedby="entry-status">
      <input type="hidden" name="periodId" value={periodId} />
      <input type="hidden" name="localityId" value={reporter.localityId ?? ""} />
      <input type="hidden" name="agencyId" value={reporter.agencyId ?? ""} />
      {pillars.map(([code, name]) => (
        <fieldset key={code} className="rounded-lg border border-slate-200 bg-white">
          <legend className="ml-3 px-2 text-sm font-semibold text-brand-900">{name}</legend>
          <ul className="divide-y divide-slate-100">
            {rows.filter((r) => r.pillarCode === code).map((row) => {
              const field = valueFieldName(row.indicatorId);
              const text = values[row.indicatorId] ?? "";
              const parsed = parseLocalizedNumber(text);
              const errors = fieldErrors[field];
              const hintId = `${field}-hint`;
              return (
                <li key={row.indicatorId} data-indicator={row.code} data-unit={row.unit} className="grid gap-2 p-3 sm:grid-cols-[1fr_12rem] sm:items-start sm:gap-4">
                  <input type="hidden" name="indicatorId" value={row.indicatorId} />
                  <input type="hidden" name={versionFieldName(row.indicatorId)} value={row.version} />
                  <div>
                    <label htmlFor={field} className="font-medium text-slate-900">{row.name}</label>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {row.code} · {labels.target}: {COMPARATOR_SYMBOL[row.comparator]} {formatValue(row.targetValue, row.unit, locale)}
                      {" · "}{labels.previous}: {formatValue(row.previousValue, row.unit, locale)}
                    </p>
                    <details className="mt-1 text-xs text-slate-600">
                      <summary className="cursor-pointer text-brand-700">{labels.definition}</summary>
                      <p className="mt-1">{row.definition}</p>
                    </details>
                  </div>
                  <div>
                    <input
                      id={field}
                      name={field}
                      inputMode="decimal"
                      autoComplete="off"
                      value={text}
                      onChange={(e) => setValues((v) => ({ ...v, [row.indicatorId]: e.target.value }))}
                      aria-invalid={errors ? true : undefined}
                      aria-describedby={hintId}
                      className={`w-full rounded-md border px-3 py-2 text-right text-base tabular-nums ${errors ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
                    />
                    <p id={hintId} aria-live="polite" className={`mt-1 text-right text-xs ${errors ? "font-medium text-band-low" : "text-slate-500"}`}>
                      {errors ? errors.join(" ") : text === "" ? "" : parsed === null || Number.isNaN(parsed) ? labels.invalid : `${labels.parsedAs} ${formatValue(parsed, row.unit, locale)}`}
                    </p>
                  </div>
                </li>
              );
            })}
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
        </p>
      </div>
    </form>
  );
}
