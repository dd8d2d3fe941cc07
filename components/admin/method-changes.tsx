"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type ActionResult } from "@/lib/action-result";
import { formatDate, type Locale } from "@/lib/format";
import { formatQuarter, quarterOf } from "@/lib/quarters";
import { recordMethodChangeAction } from "@/lib/server/actions/indicators";
import type { AdminIndicatorDetail } from "@/lib/server/queries/admin-indicators";
import { errorsOf, FormCard, FormStatus, SelectField, submitWithoutReset, TextField } from "./fields";

type Change = AdminIndicatorDetail["indicator"]["methodChanges"][number];
const EMPTY = { descriptionVi: "", descriptionEn: "" };

/** Past changes of method, and a form to record a new one: from the first day of a quarter, described in both languages. */
export function MethodChanges({ indicatorId, changes, dates, defaultDate, locale }: { indicatorId: number; changes: Change[]; dates: string[]; defaultDate: string; locale: Locale }) {
  const t = useTranslations("adminIndicators");
  const [effectiveFrom, setEffectiveFrom] = useState(defaultDate);
  const [fields, setFields] = useState(EMPTY);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult, formData: FormData) => {
    const result = await recordMethodChangeAction(prev, formData);
    if (result.status === "ok") setFields(EMPTY);
    return result;
  }, IDLE);
  const errors = errorsOf(state);
  const label = (iso: string) => { const d = new Date(`${iso}T00:00:00Z`); return `${formatDate(d, locale)} · ${formatQuarter(quarterOf(d), locale)}`; };
  return (
    <FormCard title={t("methodTitle")}>
      <p className="mb-3 text-sm text-slate-600">{t("methodIntro")}</p>
      {changes.length > 0 ? (
        <ol className="mb-4 grid gap-2" data-testid="method-changes">
          {changes.map((c) => (
            <li key={c.id} className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
              <span className="font-semibold text-brand-900">{t("methodFrom", { date: formatDate(c.effectiveFrom, locale) })}</span>
              <span className="block">{locale === "vi" ? c.descriptionVi : c.descriptionEn}</span>
            </li>
          ))}
        </ol>
      ) : <p className="mb-4 text-sm text-slate-500">{t("noMethodChanges")}</p>}
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-3">
        <h3 className="font-medium text-slate-900">{t("newMethod")}</h3>
        <input type="hidden" name="indicatorId" value={indicatorId} />
        <SelectField id="method-effectiveFrom" name="effectiveFrom" label={t("methodEffective")} required value={effectiveFrom} onChange={setEffectiveFrom}
          options={dates.map((d) => ({ value: d, label: label(d) }))} hint={t("methodEffectiveHint")} errors={errors.effectiveFrom} />
        <TextField id="method-descriptionVi" name="descriptionVi" label={t("methodVi")} required multiline value={fields.descriptionVi}
          onChange={(descriptionVi) => setFields((f) => ({ ...f, descriptionVi }))} errors={errors.descriptionVi} />
        <TextField id="method-descriptionEn" name="descriptionEn" label={t("methodEn")} required multiline value={fields.descriptionEn}
          onChange={(descriptionEn) => setFields((f) => ({ ...f, descriptionEn }))} errors={errors.descriptionEn} />
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("recording") : t("recordMethod")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}
