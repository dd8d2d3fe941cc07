"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import { BellIcon } from "@/components/ui/icons";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { remindLateAction } from "@/lib/server/actions/tracker";

/**
 * One click reminds every late unit; a dialog first says how many units and officers will be notified.
 * The form lives outside the dialog (the confirm button points at it) so closing the dialog on submit
 * cannot drop the pending action, and the result is announced next to the button.
 */
export function RemindButton({ periodId, periodLabel, reporters, officers, locked }: {
  periodId: number;
  periodLabel: string;
  reporters: number;
  officers: number;
  locked: boolean;
}) {
  const t = useTranslations("tracker.remind");
  const [state, formAction, pending] = useActionState(remindLateAction, IDLE);
  const [open, setOpen] = useState(false);
  const formId = useId();
  const disabled = pending || locked || reporters === 0;
  const hint = locked ? t("locked") : reporters === 0 ? t("none") : null;
  return (
    <div className="flex flex-col items-stretch gap-1 sm:items-end">
      <form id={formId} action={formAction} onSubmit={() => setOpen(false)}>
        <input type="hidden" name="periodId" value={periodId} />
      </form>
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger disabled={disabled} className={buttonClass("primary")} aria-describedby={hint ? `${formId}-hint` : undefined}>
          <BellIcon className="h-4 w-4" />
          {pending ? t("sending") : t("button", { count: reporters })}
        </Dialog.Trigger>
        <Dialog.Portal>
          <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
          <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
            <Dialog.Title className="text-lg font-semibold text-brand-900">{t("title")}</Dialog.Title>
            <Dialog.Description className="mt-2 text-sm text-slate-700">
              {t.rich("description", { units: reporters, officers, period: periodLabel, b: (chunks) => <strong className="font-semibold text-slate-900">{chunks}</strong> })}
            </Dialog.Description>
            <p className="mt-3 rounded bg-brand-50 px-3 py-2 text-xs text-brand-900">{t("note")}</p>
            <div className="mt-5 flex flex-wrap justify-end gap-2">
              <Dialog.Close className={buttonClass("ghost")}>{t("cancel")}</Dialog.Close>
              <button type="submit" form={formId} disabled={pending} className={buttonClass("primary")}>{t("confirm")}</button>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
      {hint ? <p id={`${formId}-hint`} className="text-xs text-slate-500 sm:text-right">{hint}</p> : null}
      <p role="status" aria-live="polite" className={`max-w-xs text-xs sm:text-right ${state.status === "error" ? "font-medium text-band-low" : "text-band-met"}`}>
        {state.status === "idle" ? null : state.message}
      </p>
    </div>
  );
}
