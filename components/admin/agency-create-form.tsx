"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type ActionResult } from "@/lib/action-result";
import { createAgencyAction } from "@/lib/server/actions/agencies";
import { errorsOf, FormCard, FormStatus, TextField } from "./fields";

const EMPTY = { code: "", name: "", shortName: "" };

/** Adds an agency; the fields empty again once it is saved. */
export function AgencyCreateForm() {
  const t = useTranslations("adminAgencies");
  const [fields, setFields] = useState(EMPTY);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult, formData: FormData) => {
    const result = await createAgencyAction(prev, formData);
    if (result.status === "ok") setFields(EMPTY);
    return result;
  }, IDLE);
  const errors = errorsOf(state);
  const set = (name: keyof typeof EMPTY) => (value: string) => setFields((f) => ({ ...f, [name]: value }));
  return (
    <FormCard title={t("createTitle")}>
      <form action={formAction} noValidate className="grid gap-3 sm:grid-cols-[10rem_1fr_14rem] sm:items-start">
        <TextField id="agency-code" name="code" label={t("code")} hint={t("codeHint")} required value={fields.code} onChange={set("code")} errors={errors.code} />
        <TextField id="agency-name" name="name" label={t("name")} required value={fields.name} onChange={set("name")} errors={errors.name} />
        <TextField id="agency-short" name="shortName" label={t("shortName")} required value={fields.shortName} onChange={set("shortName")} errors={errors.shortName} />
        <div className="flex flex-col gap-2 sm:col-span-3 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("creating") : t("create")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}
