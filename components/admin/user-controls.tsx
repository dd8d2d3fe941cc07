"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { reassignUserAction, resetPasswordAction, setUserActiveAction } from "@/lib/server/actions/users";
import type { AdminUser, UserUnitOptions } from "@/lib/server/queries/admin-users";
import { AdminDialog, DialogClose } from "./admin-dialog";
import { errorsOf, FormCard, FormStatus, submitWithoutReset } from "./fields";
import { UnitFields, type UnitDraft } from "./unit-fields";

/** Moves an officer to another unit; a dissolved commune's successors are listed first. */
export function ReassignForm({ user, options }: { user: AdminUser; options: UserUnitOptions }) {
  const t = useTranslations("adminUsers");
  const [state, formAction, pending] = useActionState(reassignUserAction, IDLE);
  const suggested = user.locality?.dissolved ? user.locality.successors : [];
  const [unit, setUnit] = useState<UnitDraft>({
    unitKind: user.agency ? "agency" : "locality",
    localityId: suggested.length === 1 ? String(suggested[0]?.id) : user.locality && !user.locality.dissolved ? String(user.locality.id) : "",
    agencyId: user.agency ? String(user.agency.id) : "",
  });
  return (
    <FormCard title={t("reassignTitle")}>
      {user.locality?.dissolved ? <p className="mb-3 rounded-md bg-band-low-soft px-3 py-2 text-sm text-band-low">{t("reassignDissolved")}</p> : null}
      <form action={formAction} onSubmit={submitWithoutReset(formAction)} noValidate className="grid gap-3">
        <input type="hidden" name="userId" value={user.id} />
        <UnitFields idPrefix="reassign" value={unit} onChange={setUnit} options={options} errors={errorsOf(state)} suggested={suggested} />
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("reassign")}</button>
          <FormStatus state={state} />
        </div>
      </form>
    </FormCard>
  );
}

/** Sends a new one-time set-password link; the current password keeps working until a new one is set. */
export function ResetPasswordControl({ user }: { user: AdminUser }) {
  const t = useTranslations("adminUsers");
  const [state, formAction, pending] = useActionState(resetPasswordAction, IDLE);
  return (
    <FormCard title={t("resetTitle")}>
      <p className="mb-3 text-sm text-slate-600">{t("resetIntro")}</p>
      <form action={formAction} className="grid gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <div><button type="submit" disabled={pending || !user.active} className={buttonClass("secondary")}>{pending ? t("sending") : t("reset")}</button></div>
        <div className="break-words"><FormStatus state={state} /></div>
      </form>
    </FormCard>
  );
}

/** Locking asks first and says what it means; opening again is one click. */
export function UserActiveControl({ user, isSelf }: { user: AdminUser; isSelf: boolean }) {
  const t = useTranslations("adminUsers");
  const [state, formAction, pending] = useActionState(setUserActiveAction, IDLE);
  const form = (
    <form action={formAction}>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
      <button type="submit" disabled={pending} className={buttonClass(user.active ? "primary" : "secondary")}>
        {user.active ? (pending ? t("working") : t("confirmDeactivate")) : pending ? t("working") : t("reactivate")}
      </button>
    </form>
  );
  return (
    <FormCard title={t("accessTitle")}>
      <p className="mb-3 text-sm text-slate-600">{user.active ? t("accessActive") : t("accessInactive")}</p>
      {isSelf ? <p className="text-sm text-slate-500">{t("selfNote")}</p> : user.active ? (
        <AdminDialog trigger={t("deactivate")} title={t("deactivateTitle", { name: user.name })} description={t("deactivateBody")}>
          <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
            <DialogClose className={buttonClass("ghost")}>{t("cancel")}</DialogClose>
            {form}
          </div>
          <div className="mt-2"><FormStatus state={state} /></div>
        </AdminDialog>
      ) : form}
      <div className="mt-2"><FormStatus state={state} /></div>
    </FormCard>
  );
}
