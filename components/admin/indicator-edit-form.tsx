"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { updateIndicatorAction } from "@/lib/server/actions/indicators";
import type { AdminIndicatorDetail } from "@/lib/server/queries/admin-indicators";
import { errorsOf, FormCard, FormStatus, SelectField, submitWithoutReset, TextField } from "./fields";

type Detail = AdminIndicatorDetail;

/** The indicator's descriptive fields; what it measures changes only through a change of method. */
export function IndicatorEditForm({ indicator, agencies }: { indicator: Detail["indicator"]; agencies: Detail["agencies"] }) {
  const t = useTranslations("adminIndicators");
  const [state, formAction, pending] = useActionState(updateIndicatorAction, IDLE);
  const [fields, setFields] = useState({
    nameVi: indicator.nameVi, nameEn: indicator.nameEn, definition: indicator.definition, numeratorDefinition: indicator.numeratorDefinition ?? "",
    denominatorDefinition: indicator.denominatorDefinition ?? "", source: indicator.source, leadAgencyId: indicator.leadAgencyId === null ? "" : String(indicator.leadAgencyId),
  });
  const [active, setActive] = useState(indicator.active);
  const errors = errorsOf(state);
  const field = (name: keyof typeof fields, required: boolean, multiline = false) => (
    <TextField id={`indicator-${name}`} name={name} label={t(`field.${name}`)} required={required} multiline={multiline}
      value={fields[name]} onChange={(value) => setFields((f) => ({ ...f, [name]: value }))} errors={errors[name]} />
  );
  return (
    <FormCard title={t("editTitle")}>
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="indicatorId" value={indicator.id} />
        <div className="sm:col-span-2">{field("nameVi", true)}</div>
        <div className="sm:col-span-2">{field("nameEn", true)}</div>
        <div className="sm:col-span-2">{field("definition", true, true)}</div>
        {field("numeratorDefinition", false, true)}
        {field("denominatorDefinition", false, true)}
        {field("source", true)}
        <SelectField id="indicator-leadAgencyId" name="leadAgencyId" label={t("field.leadAgencyId")} value={fields.leadAgencyId} placeholder={t("noLead")}
          onChange={(leadAgencyId) => setFields((f) => ({ ...f, leadAgencyId }))} options={agencies.map((a) => ({ value: String(a.id), label: a.name }))} errors={errors.leadAgencyId} />
        <div className="sm:col-span-2">
          <label className="flex min-h-10 items-start gap-2 text-sm">
            <input type="checkbox" name="active" checked={active} onChange={(e) => setActive(e.target.checked)} aria-describedby="indicator-active-hint" className="mt-0.5 h-4 w-4" />
            <span className="font-medium text-slate-900">{t("field.active")}</span>
          </label>
          <p id="indicator-active-hint" className="text-xs text-slate-500">{t("activeHint")}</p>
        </div>
        <div className="flex flex-col gap-2 sm:col-span-2 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}
