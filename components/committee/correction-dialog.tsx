"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { formatValue, unitLabel, type Locale } from "@/lib/format";
import { valueFieldName } from "@/lib/schemas/reporting";
import { correctValueAction } from "@/lib/server/actions/admin";
import type { ReviewValueRow } from "@/lib/server/queries/review";
import { ReasonField } from "@/components/ui/reason-field";

/** The reporter and period a correction is written for (hidden fields of readCorrectionForm). */
export interface CorrectionTarget { periodId: number; localityId: number | null; agencyId: number | null }

function toText(value: number | null, locale: Locale): string {
  return value === null ? "" : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 4, useGrouping: false }).format(value);
}

/** An admin's correction of one value, always with a reason; it goes back to the committee for approval. */
export function CorrectionDialog({ row, name, target, locale }: { row: ReviewValueRow; name: string; target: CorrectionTarget; locale: Locale }) {
  const t = useTranslations("reviewDetail");
  return (
    <Dialog.Root>
      <Dialog.Trigger className={buttonClass("secondary", "min-h-8 px-2.5 py-1 text-xs")} aria-label={t("correctLabel", { indicator: name })}>
        {t("correct")}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
          <Dialog.Title className="text-lg font-semibold text-brand-900">{t("correctTitle")}</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-slate-700">
            <span className="block font-medium">{name} ({row.code})</span>
            {t("correctCurrent", { value: formatValue(row.value, row.unit, locale) })}
          </Dialog.Description>
          <p className="mt-2 rounded bg-brand-50 px-3 py-2 text-xs text-brand-900">{t("correctNotice")}</p>
          <CorrectionForm row={row} target={target} locale={locale} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CorrectionForm({ row, target, locale }: { row: ReviewValueRow; target: CorrectionTarget; locale: Locale }) {
  const t = useTranslations("reviewDetail");
  const [state, formAction, pending] = useActionState(correctValueAction, IDLE);
  // Controlled, so what the admin typed survives an error (React resets uncontrolled fields after an action).
  const [value, setValue] = useState(() => toText(row.value, locale));
  const [reason, setReason] = useState("");
  const fieldErrors = state.status === "error" ? state.fieldErrors : {};
  const valueErrors = fieldErrors.value ?? fieldErrors[valueFieldName(row.indicatorId)];
  const reasonErrors = fieldErrors.reason;
  const ids = { value: `correct-${row.indicatorId}-value`, reason: `correct-${row.indicatorId}-reason` };
  return (
    <form action={formAction} className="mt-4 grid gap-3">
      <input type="hidden" name="periodId" value={target.periodId} />
      <input type="hidden" name="localityId" value={target.localityId ?? ""} />
      <input type="hidden" name="agencyId" value={target.agencyId ?? ""} />
      <input type="hidden" name="indicatorId" value={row.indicatorId} />
      <input type="hidden" name="version" value={row.version} />
      <div>
        <label htmlFor={ids.value} className="block text-sm font-medium">{t("newValue")}{row.unit === "COUNT" ? "" : ` (${unitLabel(row.unit, locale)})`}</label>
        <input
          id={ids.value}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={valueErrors ? true : undefined}
          aria-describedby={`${ids.value}-error`}
          className={`mt-1 w-full rounded-md border px-3 py-2 text-right text-base tabular-nums ${valueErrors ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
        />
        <p id={`${ids.value}-error`} aria-live="polite" className="mt-1 text-xs font-medium text-band-low">{valueErrors?.join(" ")}</p>
      </div>
      <div>
        <ReasonField id={ids.reason} label={t("correctionReason")} value={reason} onChange={setReason} errors={reasonErrors} hint={t("correctionReasonHint")} />
      </div>
      <p role="status" aria-live="polite" className={`text-sm ${state.status === "error" ? "font-medium text-band-low" : "text-band-met"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
      <div className="flex flex-wrap justify-end gap-2">
        <Dialog.Close className={buttonClass("ghost")}>{state.status === "ok" ? t("close") : t("cancel")}</Dialog.Close>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("savingCorrection") : t("saveCorrection")}</button>
      </div>
    </form>
  );
}
