"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { IDLE } from "@/lib/action-result";
import { approveTaskReportAction, returnTaskReportAction } from "@/lib/server/actions/tasks";
import { ReasonField } from "@/components/ui/reason-field";

/**
 * Approve, or return with a required reason. It stays mounted after the decision (the list keeps its key),
 * so the outcome is still announced once the report is no longer waiting.
 */
export function TaskReportDecision({ reportId, version, waiting, taskTitle }: { reportId: number; version: number; waiting: boolean; taskTitle: string }) {
  const t = useTranslations("taskReports");
  const [approved, approveAction, approving] = useActionState(approveTaskReportAction, IDLE);
  const [returned, returnAction, returning] = useActionState(returnTaskReportAction, IDLE);
  // Controlled, so what the reviewer typed survives an error (React resets uncontrolled fields after an action).
  const [reason, setReason] = useState("");
  const reasonId = `return-reason-${reportId}`;
  const reasonErrors = returned.status === "error" ? returned.fieldErrors.reason : undefined;
  const [last, setLast] = useState<"approve" | "return">("approve");
  const outcome = last === "approve" ? approved : returned;
  const busy = approving || returning;
  return (
    <div className="mt-3 border-t border-slate-100 pt-3">
      {waiting ? (
        <div className="grid gap-3 lg:grid-cols-[auto_1fr] lg:items-start">
          <form action={approveAction} onSubmit={() => setLast("approve")}>
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="version" value={version} />
            <button type="submit" disabled={busy} aria-label={`${t("approve")}: ${taskTitle}`} className={buttonClass("success")}>
              {approving ? t("approving") : t("approve")}
            </button>
          </form>
          <form action={returnAction} onSubmit={() => setLast("return")} className="grid gap-1">
            <input type="hidden" name="reportId" value={reportId} />
            <input type="hidden" name="version" value={version} />
            <ReasonField id={reasonId} label={t("returnReason")} value={reason} onChange={setReason} errors={reasonErrors} rows={2} />
            <div>
              <button type="submit" disabled={busy} aria-label={`${t("return")}: ${taskTitle}`} className={buttonClass("secondary")}>
                {returning ? t("returning") : t("return")}
              </button>
            </div>
          </form>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className={`mt-2 text-sm font-medium ${outcome.status === "error" ? "text-band-low" : "text-band-met"}`}>
        {outcome.status !== "idle" ? outcome.message : null}
      </p>
    </div>
  );
}
