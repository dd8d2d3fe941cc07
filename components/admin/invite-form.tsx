"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type ActionResult } from "@/lib/action-result";
import { ROLES } from "@/lib/schemas/admin-users";
import { inviteUserAction } from "@/lib/server/actions/users";
import type { UserUnitOptions } from "@/lib/server/queries/admin-users";
import { errorsOf, FormCard, FormStatus, SelectField, submitWithoutReset, TextField } from "./fields";
import { UnitFields, type UnitDraft } from "./unit-fields";

const EMPTY = { email: "", name: "", role: "OFFICER" };
const NO_UNIT: UnitDraft = { unitKind: "locality", localityId: "", agencyId: "" };

/** Creates an account and sends its one-time set-password link; the fields empty again for the next person. */
export function InviteForm({ options }: { options: UserUnitOptions }) {
  const t = useTranslations("adminUsers");
  const tr = useTranslations("roles");
  const [fields, setFields] = useState(EMPTY);
  const [unit, setUnit] = useState(NO_UNIT);
  const [state, formAction, pending] = useActionState(async (prev: ActionResult, formData: FormData) => {
    const result = await inviteUserAction(prev, formData);
    if (result.status === "ok") { setFields(EMPTY); setUnit(NO_UNIT); }
    return result;
  }, IDLE);
  const errors = errorsOf(state);
  return (
    <FormCard title={t("inviteTitle")}>
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-4 sm:grid-cols-2">
        <TextField id="invite-name" name="name" label={t("name")} required autoComplete="off" value={fields.name} onChange={(name) => setFields((f) => ({ ...f, name }))} errors={errors.name} />
        <TextField id="invite-email" name="email" type="email" label={t("email")} required value={fields.email} onChange={(email) => setFields((f) => ({ ...f, email }))} errors={errors.email} />
        <SelectField id="invite-role" name="role" label={t("role")} required value={fields.role} onChange={(role) => setFields((f) => ({ ...f, role }))}
          options={ROLES.map((r) => ({ value: r, label: tr(r) }))} hint={t(`roleHint.${fields.role === "ADMIN" ? "ADMIN" : fields.role === "COMMITTEE" ? "COMMITTEE" : "OFFICER"}`)} errors={errors.role} />
        {fields.role === "OFFICER" ? <div className="sm:col-span-2"><UnitFields idPrefix="invite" value={unit} onChange={setUnit} options={options} errors={errors} /></div> : null}
        <div className="flex flex-col gap-3 sm:col-span-2 sm:flex-row sm:items-start">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("inviting") : t("invite")}</button>
          <Link href="/admin/users" className={buttonClass("ghost")}>{t("backToList")}</Link>
          <div className="min-w-0 break-words"><FormStatus state={state} /></div>
        </div>
      </form>
    </FormCard>
  );
}
