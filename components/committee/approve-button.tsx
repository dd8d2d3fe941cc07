"use client";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { approveSubmissionAction } from "@/lib/server/actions/review";

export function ApproveButton({ submissionId, version, label, pendingLabel, reporterName }: {
  submissionId: number;
  version: number;
  label: string;
  pendingLabel: string;
  reporterName: string;
}) {
  const [state, formAction, pending] = useActionState(approveSubmissionAction, IDLE);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="submissionId" value={submissionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} aria-label={`${label}: ${reporterName}`} className={buttonClass("success", "min-h-9 px-3 py-1.5")}>
        {pending ? pendingLabel : label}
      </button>
      {state.status !== "idle" ? (
        <p role="status" aria-live="polite" className={`text-xs ${state.status === "error" ? "text-band-low" : "text-band-met"}`}>{state.message}</p>
      ) : null}
    </form>
  );
}
