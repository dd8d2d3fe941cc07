"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { COMPARATOR_SYMBOL } from "@/lib/comparators";
import { unitLabel, type Locale } from "@/lib/format";
import { COMPARATORS } from "@/lib/schemas/admin-targets";
import { saveTargetAction } from "@/lib/server/actions/targets";
import type { TargetFormOptions } from "@/lib/server/queries/admin-targets";
import { errorsOf, FormCard, FormStatus, SelectField, submitWithoutReset, TextField } from "./fields";

const LEVELS = ["PROVINCE", "DISTRICT", "COMMUNE"] as const;

export interface TargetDraft {
  indicatorId: string; localityId: string; year: string; value: string; comparator: string; baseline: string; deadline: string; leadAgencyId: string; note: string;
}

/**
 * Sets one target. New: the admin picks indicator, year and unit (units in force that year, at the levels the
 * indicator is reported at, plus the province, whose target can be cascaded). Existing: those three are fixed.
 */
export function TargetForm({ options, initial, mode, fixedLabel, locale }: { options: TargetFormOptions; initial: TargetDraft; mode: "new" | "edit"; fixedLabel?: string; locale: Locale }) {
  const t = useTranslations("adminTargets");
  const tl = useTranslations("adminLocalities");
  const [state, formAction, pending] = useActionState(saveTargetAction, IDLE);
  const [draft, setDraft] = useState(initial);
  const errors = errorsOf(state);
  const set = (name: keyof TargetDraft) => (value: string) => setDraft((d) => ({ ...d, [name]: value }));
  const indicator = options.indicators.find((i) => String(i.id) === draft.indicatorId);
  const year = Number(draft.year);
  const inYear = (l: TargetFormOptions["localities"][number]) => l.validFrom <= `${year}-12-31` && (l.validTo === null || l.validTo > `${year}-01-01`);
  const pickIndicator = (indicatorId: string) => {
    const next = options.indicators.find((i) => String(i.id) === indicatorId);
    setDraft((d) => ({
      ...d, indicatorId, localityId: "",
      leadAgencyId: d.leadAgencyId === "" && next?.leadAgencyId ? String(next.leadAgencyId) : d.leadAgencyId,
      comparator: next?.direction === "LOWER_IS_BETTER" ? "LTE" : "GTE",
    }));
  };
  const field = (name: keyof TargetDraft, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField id={`target-${name}`} name={name} label={t(`field.${name}`)} value={draft[name]} onChange={set(name)} errors={errors[name]} {...extra} />
  );
  return (
    <FormCard title={mode === "new" ? t("newTitle") : t("editTitle")}>
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="mode" value={mode} />
        {mode === "edit" ? (
          <>
            <input type="hidden" name="indicatorId" value={draft.indicatorId} />
            <input type="hidden" name="localityId" value={draft.localityId} />
            <input type="hidden" name="year" value={draft.year} />
            <p className="text-sm text-slate-700 sm:col-span-2">{fixedLabel}</p>
          </>
        ) : (
          <>
            <div className="sm:col-span-2">
              <SelectField id="target-indicatorId" name="indicatorId" label={t("field.indicatorId")} required value={draft.indicatorId} onChange={pickIndicator} placeholder={t("choose")}
                options={options.indicators.map((i) => ({ value: String(i.id), label: `${i.code} · ${locale === "vi" ? i.nameVi : i.nameEn}` }))} errors={errors.indicatorId} />
            </div>
            {field("year", { required: true, inputMode: "numeric" })}
            <SelectField id="target-localityId" name="localityId" label={t("field.localityId")} required value={draft.localityId} onChange={set("localityId")} placeholder={t("choose")}
              hint={indicator ? undefined : t("chooseIndicatorFirst")} errors={errors.localityId}
              groups={LEVELS.filter((l) => l === "PROVINCE" || indicator?.levels.includes(l)).map((level) => ({
                label: tl(`level.${level}`),
                options: options.localities.filter((l) => l.level === level && inYear(l)).map((l) => ({ value: String(l.id), label: `${l.name} (${l.code})` })),
              }))} />
          </>
        )}
        {field("value", { required: true, inputMode: "decimal", hint: indicator ? t("unitHint", { unit: unitLabel(indicator.unit, locale) }) : undefined })}
        <SelectField id="target-comparator" name="comparator" label={t("field.comparator")} required value={draft.comparator} onChange={set("comparator")} errors={errors.comparator}
          options={COMPARATORS.map((c) => ({ value: c, label: `${COMPARATOR_SYMBOL[c]} ${t(`comparator.${c}`)}` }))} />
        {field("baseline", { inputMode: "decimal" })}
        {field("deadline", { type: "date" })}
        <SelectField id="target-leadAgencyId" name="leadAgencyId" label={t("field.leadAgencyId")} value={draft.leadAgencyId} onChange={set("leadAgencyId")} placeholder={t("noLead")}
          options={options.agencies.map((a) => ({ value: String(a.id), label: a.name }))} hint={t("leadHint")} errors={errors.leadAgencyId} />
        <div className="sm:col-span-2">{field("note", { multiline: true })}</div>
        <div className="flex flex-col gap-2 sm:col-span-2 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}
