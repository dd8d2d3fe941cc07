"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { CASCADE_RULES } from "@/lib/schemas/admin-targets";
import { cascadeTargetAction } from "@/lib/server/actions/targets";
import { AdminDialog, DialogClose } from "./admin-dialog";
import { errorsOf, FormCard, FormStatus, SelectField, submitWithoutReset } from "./fields";

/**
 * Cascades a provincial target to the units of a level. The rule defaults to what suits the indicator (a rate
 * keeps its value, a count is split by population); saving asks first, since it overwrites non-overridden rows.
 */
export function CascadeForm({ targetId, year, levels, isRate }: { targetId: number; year: number; levels: ("DISTRICT" | "COMMUNE")[]; isRate: boolean }) {
  const t = useTranslations("adminTargets");
  const tl = useTranslations("adminLocalities");
  const [state, formAction, pending] = useActionState(cascadeTargetAction, IDLE);
  const [level, setLevel] = useState<string>(levels[levels.length - 1] ?? "COMMUNE");
  const [rule, setRule] = useState<string>(isRate ? "SAME" : "POPULATION_SHARE");
  const errors = errorsOf(state);
  if (levels.length === 0) return <FormCard title={t("cascadeTitle")}><p className="text-sm text-slate-600">{t("cascadeNoLevel")}</p></FormCard>;
  return (
    <FormCard title={t("cascadeTitle")}>
      <p className="mb-3 text-sm text-slate-600">{t("cascadeIntro", { year })}</p>
      <form id="cascade-form" action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-3">
        <input type="hidden" name="targetId" value={targetId} />
        <SelectField id="cascade-level" name="level" label={t("cascadeLevel")} required value={level} onChange={setLevel}
          options={levels.map((l) => ({ value: l, label: tl(`level.${l}`) }))} errors={errors.level} />
        <SelectField id="cascade-rule" name="rule" label={t("cascadeRule")} required value={rule} onChange={setRule} hint={t(`ruleHint.${rule === "SAME" ? "SAME" : "POPULATION_SHARE"}`)}
          options={CASCADE_RULES.map((r) => ({ value: r, label: t(`rule.${r}`) }))} errors={errors.rule} />
      </form>
      <div className="mt-3 flex flex-col items-start gap-2">
        <AdminDialog variant="primary" trigger={t("cascade")} title={t("cascadeConfirmTitle")} description={t("cascadeConfirmBody", { level: tl(`level.${level === "DISTRICT" ? "DISTRICT" : "COMMUNE"}`).toLocaleLowerCase("vi"), rule: t(`rule.${rule === "SAME" ? "SAME" : "POPULATION_SHARE"}`) })}>
          <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
            <DialogClose className={buttonClass("ghost")}>{state.status === "idle" ? t("cancel") : t("close")}</DialogClose>
            <button type="submit" form="cascade-form" disabled={pending} className={buttonClass("primary")}>{pending ? t("cascading") : t("confirmCascade")}</button>
          </div>
          <div className="mt-3"><FormStatus state={state} /></div>
        </AdminDialog>
        <FormStatus state={state} />
      </div>
    </FormCard>
  );
}
