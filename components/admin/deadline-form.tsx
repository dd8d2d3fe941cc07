"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { setPeriodDeadlineAction } from "@/lib/server/actions/admin";

/** Sets a period's submission deadline (a calendar date, "YYYY-MM-DD"). */
export function DeadlineForm({ periodId, deadline, periodLabel }: { periodId: number; deadline: string; periodLabel: string }) {
  const t = useTranslations("adminPeriods");
  const [state, formAction, pending] = useActionState(setPeriodDeadlineAction, IDLE);
  // Controlled, so a rejected date stays on screen beside its error (React resets uncontrolled fields).
  const [value, setValue] = useState(deadline);
  const errors = state.status === "error" ? state.fieldErrors.deadline : undefined;
  const id = `deadline-${periodId}`;
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="periodId" value={periodId} />
      <label htmlFor={id} className="text-xs text-slate-500 sm:sr-only">{t("newDeadline", { period: periodLabel })}</label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          name="deadline"
          type="date"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={errors ? true : undefined}
          aria-describedby={`${id}-status`}
          className={`min-h-9 rounded-md border px-2 py-1 text-base sm:text-sm ${errors ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
        />
        <button type="submit" disabled={pending} className={buttonClass("secondary", "min-h-9 px-3 py-1.5")}>
          {pending ? t("savingDeadline") : t("saveDeadline")}
        </button>
      </div>
      <p id={`${id}-status`} role="status" aria-live="polite" className={`text-xs ${state.status === "error" ? "font-medium text-band-low" : "text-band-met"}`}>
        {state.status === "idle" ? null : errors ? errors.join(" ") : state.message}
      </p>
    </form>
  );
}
