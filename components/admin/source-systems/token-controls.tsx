"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { revokeTokenAction, setSourceSystemActiveAction } from "@/lib/server/actions/source-systems";
import { AdminDialog, DialogClose } from "../admin-dialog";
import { FormCard, FormStatus } from "../fields";

/** Revoking cannot be undone, so it asks first and says what happens to the system using the token. */
export function RevokeTokenControl({ tokenId, tokenPrefix }: { tokenId: number; tokenPrefix: string }) {
  const t = useTranslations("sourceSystems.revoke");
  const [state, formAction, pending] = useActionState(revokeTokenAction, IDLE);
  return (
    <AdminDialog trigger={t("button")} triggerLabel={t("label", { prefix: tokenPrefix })} title={t("title", { prefix: tokenPrefix })} description={t("body")}>
      <form action={formAction} className="mt-4 flex flex-wrap items-center justify-end gap-2">
        <input type="hidden" name="tokenId" value={tokenId} />
        <DialogClose className={buttonClass("ghost")}>{t("cancel")}</DialogClose>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("working") : t("confirm")}</button>
      </form>
      <div className="mt-2"><FormStatus state={state} /></div>
    </AdminDialog>
  );
}

/** Pausing asks first (every token of the system stops working); resuming is one click. */
export function SourceSystemActiveControl({ sourceSystemId, name, active }: { sourceSystemId: number; name: string; active: boolean }) {
  const t = useTranslations("sourceSystems.access");
  const [state, formAction, pending] = useActionState(setSourceSystemActiveAction, IDLE);
  const form = (
    <form action={formAction}>
      <input type="hidden" name="sourceSystemId" value={sourceSystemId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button type="submit" disabled={pending} className={buttonClass(active ? "primary" : "secondary")}>
        {pending ? t("working") : active ? t("confirmPause") : t("resume")}
      </button>
    </form>
  );
  return (
    <FormCard title={t("title")}>
      <p className="mb-3 text-sm text-slate-600">{active ? t("active") : t("inactive")}</p>
      {active ? (
        <AdminDialog trigger={t("pause")} title={t("pauseTitle", { name })} description={t("pauseBody")}>
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
