"use client";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { submitSubmissionAction } from "@/lib/server/actions/reporting";

/** Sends the saved values to the committee. */
export function SubmitPanel({ submissionId, version, labels }: {
  submissionId: number;
  version: number;
  labels: { submit: string; submitting: string; hint: string };
}) {
  const [state, formAction, pending] = useActionState(submitSubmissionAction, IDLE);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={buttonClass("success")}>{pending ? labels.submitting : labels.submit}</button>
      <p role="status" aria-live="polite" className="text-sm">
        {state.status === "idle" ? <span className="text-slate-600">{labels.hint}</span> : null}
        {state.status === "error" ? <span className="font-medium text-band-low">{state.message}</span> : null}
        {state.status === "ok" ? <span className="text-band-met">{state.message}</span> : null}
      </p>
    </form>
  );
}
