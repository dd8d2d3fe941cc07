"use client";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { setPeriodLockAction } from "@/lib/server/actions/admin";

const SMALL = "min-h-9 px-3 py-1.5";

/**
 * Locks a period after a confirmation saying what locking means, or opens it again. One action state for
 * both, so the outcome stays announced when the control switches from one to the other.
 */
export function PeriodLockControl({ periodId, locked, periodLabel }: { periodId: number; locked: boolean; periodLabel: string }) {
  const t = useTranslations("adminPeriods");
  const [state, formAction, pending] = useActionState(setPeriodLockAction, IDLE);
  const message = state.status === "idle" ? null : state.message;
  return (
    <div className="flex flex-col items-start gap-1">
      {locked ? (
        <form action={formAction}>
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="lock" value="unlock" />
          <button type="submit" disabled={pending} aria-label={t("unlockLabel", { period: periodLabel })} className={buttonClass("secondary", SMALL)}>
            {pending ? t("unlocking") : t("unlock")}
          </button>
        </form>
      ) : (
        <Dialog.Root>
          <Dialog.Trigger aria-label={t("lockLabel", { period: periodLabel })} className={buttonClass("secondary", SMALL)}>{t("lock")}</Dialog.Trigger>
          <Dialog.Portal>
            <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
            <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl">
              <Dialog.Title className="text-lg font-semibold text-brand-900">{t("lockTitle", { period: periodLabel })}</Dialog.Title>
              <Dialog.Description className="mt-2 text-sm text-slate-700">{t("lockBody")}</Dialog.Description>
              <form action={formAction} className="mt-4">
                <input type="hidden" name="periodId" value={periodId} />
                <input type="hidden" name="lock" value="lock" />
                {state.status === "error" ? <p className="mb-3 text-sm font-medium text-band-low">{state.message}</p> : null}
                <div className="flex flex-wrap justify-end gap-2">
                  <Dialog.Close className={buttonClass("ghost")}>{t("cancel")}</Dialog.Close>
                  <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("locking") : t("confirmLock")}</button>
                </div>
              </form>
            </Dialog.Content>
          </Dialog.Portal>
        </Dialog.Root>
      )}
      <p role="status" aria-live="polite" className={`text-xs ${state.status === "error" ? "font-medium text-band-low" : "text-band-met"}`}>{message}</p>
    </div>
  );
}
