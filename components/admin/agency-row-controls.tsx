"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { renameAgencyAction, setAgencyActiveAction } from "@/lib/server/actions/agencies";
import { AdminDialog, DialogClose } from "./admin-dialog";
import { errorsOf, FormStatus, TextField } from "./fields";

interface AgencyRef { id: number; name: string; shortName: string; active: boolean }

export function RenameAgencyDialog({ agency }: { agency: AgencyRef }) {
  const t = useTranslations("adminAgencies");
  return (
    <AdminDialog trigger={t("rename")} triggerLabel={t("renameLabel", { agency: agency.name })} title={t("renameTitle")} description={agency.name}>
      <RenameForm agency={agency} />
    </AdminDialog>
  );
}

function RenameForm({ agency }: { agency: AgencyRef }) {
  const t = useTranslations("adminAgencies");
  const [state, formAction, pending] = useActionState(renameAgencyAction, IDLE);
  const [name, setName] = useState(agency.name);
  const [shortName, setShortName] = useState(agency.shortName);
  const errors = errorsOf(state);
  return (
    <form action={formAction} noValidate className="mt-4 grid gap-3">
      <input type="hidden" name="agencyId" value={agency.id} />
      <TextField id={`rename-${agency.id}-name`} name="name" label={t("name")} required value={name} onChange={setName} errors={errors.name} />
      <TextField id={`rename-${agency.id}-short`} name="shortName" label={t("shortName")} required value={shortName} onChange={setShortName} errors={errors.shortName} />
      <FormStatus state={state} />
      <div className="flex flex-wrap justify-end gap-2">
        <DialogClose className={buttonClass("ghost")}>{state.status === "ok" ? t("close") : t("cancel")}</DialogClose>
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
      </div>
    </form>
  );
}

/** Deactivating asks first and says what it means; reactivating is one click. */
export function AgencyActiveControl({ agency }: { agency: AgencyRef }) {
  const t = useTranslations("adminAgencies");
  const [state, formAction, pending] = useActionState(setAgencyActiveAction, IDLE);
  const form = (
    <form action={formAction}>
      <input type="hidden" name="agencyId" value={agency.id} />
      <input type="hidden" name="active" value={agency.active ? "false" : "true"} />
      <button type="submit" disabled={pending} className={buttonClass(agency.active ? "primary" : "secondary", "min-h-9 px-3 py-1.5")}
        aria-label={agency.active ? undefined : t("reactivateLabel", { agency: agency.name })}>
        {agency.active ? (pending ? t("deactivating") : t("confirmDeactivate")) : pending ? t("reactivating") : t("reactivate")}
      </button>
    </form>
  );
  return (
    <div className="flex flex-col items-start gap-1">
      {agency.active ? (
        <AdminDialog trigger={t("deactivate")} triggerLabel={t("deactivateLabel", { agency: agency.name })} title={t("deactivateTitle", { agency: agency.name })} description={t("deactivateBody")}>
          <div className="mt-4 flex flex-wrap items-center justify-end gap-2">
            <FormStatus state={state} />
            <DialogClose className={buttonClass("ghost")}>{t("cancel")}</DialogClose>
            {form}
          </div>
        </AdminDialog>
      ) : form}
      <FormStatus state={state} />
    </div>
  );
}
