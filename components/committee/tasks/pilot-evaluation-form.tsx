"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import type { PilotVerdict } from "@/generated/prisma/enums";
import { evaluatePilotAction } from "@/lib/server/actions/tasks";

const VERDICTS: PilotVerdict[] = ["REPLICATE", "ADJUST_AND_CONTINUE", "STOP"];

/** The committee's verdict on a pilot model before it is replicated; fields are controlled so input survives an error. */
export function PilotEvaluationForm({ taskId, verdict: initialVerdict, note: initialNote }: { taskId: number; verdict: PilotVerdict | null; note: string | null }) {
  const t = useTranslations("tasks.pilot");
  const tVerdict = useTranslations("tasks.verdict");
  const [state, formAction, pending] = useActionState(evaluatePilotAction, IDLE);
  const [verdict, setVerdict] = useState<PilotVerdict | "">(initialVerdict ?? "");
  const [note, setNote] = useState(initialNote ?? "");
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={formAction} className="mt-3 grid gap-3">
      <input type="hidden" name="taskId" value={taskId} />
      <fieldset aria-describedby="pilot-verdict-error">
        <legend className="text-sm font-medium text-slate-900">{t("verdict")} <span aria-hidden="true" className="text-band-low">*</span></legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {VERDICTS.map((v) => (
            <label key={v} className={`flex min-h-10 cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm ${verdict === v ? "border-brand-600 bg-brand-50" : "border-slate-300 bg-white"}`}>
              <input type="radio" name="verdict" value={v} checked={verdict === v} onChange={() => setVerdict(v)} className="h-4 w-4" />
              {tVerdict(v)}
            </label>
          ))}
        </div>
        <p id="pilot-verdict-error" aria-live="polite" className="mt-1 text-sm font-medium text-band-low">{errors.verdict?.join(" ")}</p>
      </fieldset>
      <div>
        <label htmlFor="pilot-note" className="block text-sm font-medium text-slate-900">{t("note")} <span aria-hidden="true" className="text-band-low">*</span></label>
        <textarea
          id="pilot-note"
          name="note"
          rows={4}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-required="true"
          aria-invalid={errors.note ? true : undefined}
          aria-describedby="pilot-note-hint pilot-note-error"
          className={`mt-1 w-full rounded-md border px-3 py-2 text-base ${errors.note ? "border-band-low bg-band-low-soft" : "border-slate-300"}`}
        />
        <p id="pilot-note-hint" className="text-xs text-slate-500">{t("noteHint")}</p>
        <p id="pilot-note-error" aria-live="polite" className="mt-1 text-sm font-medium text-band-low">{errors.note?.join(" ")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass("primary")}>{pending ? t("saving") : t("save")}</button>
        <p role="status" aria-live="polite" className={`text-sm font-medium ${state.status === "error" ? "text-band-low" : "text-band-met"}`}>
          {state.status === "idle" ? null : state.message}
        </p>
      </div>
    </form>
  );
}
