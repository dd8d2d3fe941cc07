"use client";
import { useTranslations } from "next-intl";
import { FieldError, inputClass } from "@/components/committee/meetings/form-bits";
import type { ChangeFormUnit } from "@/lib/server/queries/admin-localities";
import { readShare, shareKey } from "./form-state";
import { unitLabel } from "./unit-label";

const TOLERANCE = 1e-6;

/**
 * The share of each predecessor going to each successor, one group per predecessor (a grid would not fit a
 * phone). Shares are fractions of the whole unit (1 = all of it); the running total is shown as it is typed.
 */
export function SharesField({ predecessors, successors, text, basis, onShare, onBasis, linkErrors, locale }: {
  predecessors: ChangeFormUnit[];
  successors: { key: string; label: string }[];
  text: (predecessorId: number, successorKey: string) => string;
  basis: (predecessorId: number, successorKey: string) => string;
  onShare: (predecessorId: number, successorKey: string, value: string) => void;
  onBasis: (predecessorId: number, successorKey: string, value: string) => void;
  linkErrors: Record<string, Record<string, string[]>>;
  locale: string;
}) {
  const t = useTranslations("adminLocalities.form");
  const percent = new Intl.NumberFormat(locale === "en" ? "en-US" : "vi-VN", { style: "percent", maximumFractionDigits: 2 });
  return (
    <div className="grid gap-4">
      {predecessors.map((p) => {
        const shares = successors.map((s) => readShare(text(p.id, s.key)));
        const total = shares.reduce<number>((sum, v) => sum + (typeof v === "number" ? v : 0), 0);
        const whole = Math.abs(total - 1) <= TOLERANCE;
        const totalId = `share-total-${p.id}`;
        return (
          <fieldset key={p.id} className="rounded-lg border border-slate-200 p-3 sm:p-4" aria-describedby={totalId}>
            <legend className="px-1 text-sm font-semibold text-slate-900">{t("sharesOf", { unit: unitLabel(p) })}</legend>
            <p id={totalId} aria-live="polite" className={`mb-2 text-sm ${whole ? "text-band-met" : "font-medium text-band-mid"}`}>
              {whole ? t("totalWhole") : t("totalNotWhole", { total: percent.format(total) })}
            </p>
            <ul className="grid gap-3">
              {successors.map((s, i) => {
                const key = shareKey(p.id, s.key);
                const id = `share-${p.id}-${s.key}`;
                const errors = linkErrors[key] ?? {};
                const value = shares[i];
                const partial = typeof value === "number" && value < 1;
                const shareErrors = [...(errors.share ?? []), ...(errors._ ?? []), ...(errors.predecessorId ?? []), ...(errors.successorKey ?? [])];
                return (
                  <li key={s.key} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_8rem_minmax(0,1fr)] sm:items-start">
                    <label htmlFor={id} className="text-sm text-slate-800 sm:pt-2">{t("shareTo", { unit: s.label })}</label>
                    <div>
                      <input id={id} inputMode="decimal" autoComplete="off" value={text(p.id, s.key)} onChange={(e) => onShare(p.id, s.key, e.target.value)}
                        aria-invalid={shareErrors.length > 0 ? true : undefined} aria-describedby={`${id}-hint ${id}-error`}
                        className={inputClass(shareErrors.length > 0, "mt-0 text-right tabular-nums")} />
                      <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500">
                        {typeof value === "number" ? percent.format(value) : t("shareEmpty")}
                      </p>
                      <FieldError id={id} errors={shareErrors.length > 0 ? shareErrors : undefined} />
                    </div>
                    {partial || errors.shareBasis ? (
                      <div>
                        <label htmlFor={`${id}-basis`} className="mb-1 block text-xs font-medium text-slate-700 sm:sr-only">{t("shareBasisFor", { from: unitLabel(p), to: s.label })}</label>
                        <input id={`${id}-basis`} value={basis(p.id, s.key)} onChange={(e) => onBasis(p.id, s.key, e.target.value)} placeholder={t("shareBasisPlaceholder")}
                          aria-invalid={errors.shareBasis ? true : undefined} aria-describedby={`${id}-basis-error`}
                          className={inputClass(Boolean(errors.shareBasis), "mt-0")} />
                        <FieldError id={`${id}-basis`} errors={errors.shareBasis} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
