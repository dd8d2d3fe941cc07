"use client";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { approveMeasuredValueAction } from "@/lib/server/actions/measured";

/** Approves one pending measured value; the result is announced beside the button. */
export function ApproveMeasuredButton({ measuredValueId, label, pendingLabel, cellLabel }: {
  measuredValueId: number;
  label: string;
  pendingLabel: string;
  /** Indicator and locality, so a screen reader knows which of the many buttons this is. */
  cellLabel: string;
}) {
  const [state, formAction, pending] = useActionState(approveMeasuredValueAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="measuredValueId" value={measuredValueId} />
      <button type="submit" disabled={pending} aria-label={`${label}: ${cellLabel}`} className={buttonClass("success", "min-h-9 whitespace-nowrap px-3 py-1.5")}>
        {pending ? pendingLabel : label}
      </button>
      <p role="status" aria-live="polite" className={`max-w-[14rem] text-xs ${state.status === "error" ? "text-band-low" : "text-band-met"}`}>
        {state.status !== "idle" ? state.message : null}
      </p>
    </form>
  );
}
