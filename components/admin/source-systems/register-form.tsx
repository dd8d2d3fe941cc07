"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { registerSourceSystemAction } from "@/lib/server/actions/source-systems";
import { errorsOf, FormCard, FormStatus, submitWithoutReset, TextField } from "../fields";

const EMPTY = { name: "", owner: "", contact: "" };

/** Registers a system; on success the action opens its page, where its first token is issued. */
export function RegisterSourceSystemForm() {
  const t = useTranslations("sourceSystems.register");
  const [fields, setFields] = useState(EMPTY);
  const [state, formAction, pending] = useActionState(registerSourceSystemAction, IDLE);
  const errors = errorsOf(state);
  const field = (name: keyof typeof EMPTY) => ({
    id: `source-system-${name}`, name, label: t(name), hint: t(`${name}Hint`), required: true, errors: errors[name],
    value: fields[name], onChange: (value: string) => setFields((f) => ({ ...f, [name]: value })),
  });
  return (
    <FormCard title={t("title")}>
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-4 md:grid-cols-3">
        <TextField {...field("name")} />
        <TextField {...field("owner")} />
        <TextField {...field("contact")} />
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center md:col-span-3">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("submitting") : t("submit")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}
