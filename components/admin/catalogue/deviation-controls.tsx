"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { errorsOf, FormCard, FormStatus, SelectField, submitWithoutReset, TextField } from "@/components/admin/fields";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type ActionResult } from "@/lib/action-result";
import type { Locale } from "@/lib/format";
import { recordMethodDeviationAction, removeMethodDeviationAction } from "@/lib/server/actions/catalogue";
import type { AdminCatalogue } from "@/lib/server/queries/admin-catalogue";

const LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;
const EMPTY = { indicatorId: "", localityId: "", description: "" };

/** Records how the province or one locality measures an indicator differently from the national catalogue. */
export function DeviationForm({ indicators, localities, locale }: Pick<AdminCatalogue, "indicators" | "localities"> & { locale: Locale }) {
  const t = useTranslations("catalogue");
  const [fields, setFields] = useState(EMPTY);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult, formData: FormData) => {
    const result = await recordMethodDeviationAction(prev, formData);
    if (result.status === "ok") setFields(EMPTY);
    return result;
  }, IDLE);
  const errors = errorsOf(state);
  const set = (key: keyof typeof EMPTY) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  return (
    <FormCard title={t("newDeviationTitle")}>
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-3">
        <SelectField id="deviation-indicator" name="indicatorId" label={t("fieldIndicator")} required value={fields.indicatorId} onChange={set("indicatorId")}
          placeholder={t("chooseIndicator")} errors={errors.indicatorId}
          options={indicators.map((i) => ({ value: String(i.id), label: `${i.code} · ${locale === "vi" ? i.nameVi : i.nameEn}` }))} />
        <SelectField id="deviation-locality" name="localityId" label={t("fieldLocality")} value={fields.localityId} onChange={set("localityId")}
          placeholder={t("wholeProvince")} hint={t("localityHint")} errors={errors.localityId}
          groups={LEVELS.map((level) => ({ label: t(`level.${level}`), options: localities.filter((l) => l.level === level).map((l) => ({ value: String(l.id), label: l.name })) }))} />
        <TextField id="deviation-description" name="description" label={t("fieldDescription")} required multiline value={fields.description}
          onChange={set("description")} hint={t("descriptionHint")} errors={errors.description} />
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("recording") : t("record")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}

/** Removes one recorded deviation; the button names it, since "Xoá" alone is ambiguous in a list. */
export function RemoveDeviationButton({ deviationId, label }: { deviationId: number; label: string }) {
  const t = useTranslations("catalogue");
  const [state, formAction, pending] = useActionState(removeMethodDeviationAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="deviationId" value={deviationId} />
      <button type="submit" disabled={pending} aria-label={t("removeLabel", { what: label })} className={buttonClass("secondary", "min-h-9 px-3 py-1.5")}>
        {pending ? t("removing") : t("remove")}
      </button>
      {state.status === "error" ? <FormStatus state={state} /> : null}
    </form>
  );
}
