"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Card } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { IDLE, type ActionResult } from "@/lib/action-result";
import type { Locale } from "@/lib/format";
import { valueReasonFieldName } from "@/lib/schemas/reporting";
import { returnSubmissionAction } from "@/lib/server/actions/review";
import type { ReviewValueRow } from "@/lib/server/queries/review";
import { ApproveButton } from "./approve-button";
import { SubmissionValues, type CorrectionTarget } from "./submission-values";
import { ReasonField } from "@/components/ui/reason-field";

export const RETURN_FORM_ID = "return-form";
const REASON_ID = "return-reason";

interface ReturnState { result: ActionResult; reasonIds: number[] }

/**
 * The indicators whose reason the action will read, in its order: zod reports a bad value reason as
 * `valueReasons.<n>.reason`, n counting only the non-empty reasons (this mirrors readReturnForm).
 */
function idsWithReason(formData: FormData): number[] {
  return formData
    .getAll("indicatorId")
    .map(Number)
    .filter((id) => String(formData.get(valueReasonFieldName(id)) ?? "").trim() !== "");
}

async function returnWithReasons(prev: ReturnState, formData: FormData): Promise<ReturnState> {
  const result = await returnSubmissionAction(prev.result, formData);
  return { result, reasonIds: idsWithReason(formData) };
}

function errorsByIndicator(state: ReturnState): Record<number, string[]> {
  if (state.result.status !== "error") return {};
  const { fieldErrors } = state.result;
  const byIndicator: Record<number, string[]> = {};
  state.reasonIds.forEach((id, index) => {
    const errors = [...(fieldErrors[`valueReasons.${index}.reason`] ?? []), ...(fieldErrors[valueReasonFieldName(id)] ?? [])];
    if (errors.length > 0) byIndicator[id] = errors;
  });
  return byIndicator;
}

/**
 * A submission's values for review and, while it awaits review, the decision: approve, or return with a
 * reason for the report and optional reasons per value. Committee members never edit values; admins may
 * correct one (correction: set).
 */
export function SubmissionReview({ submission, reporterName, rows, locale, correction }: {
  submission: { id: number; version: number; status: string };
  reporterName: string;
  rows: ReviewValueRow[];
  locale: Locale;
  correction: CorrectionTarget | null;
}) {
  const t = useTranslations("reviewDetail");
  const tReview = useTranslations("review");
  const [state, formAction, pending] = useActionState(returnWithReasons, { result: IDLE, reasonIds: [] });
  // Controlled, so what the reviewer typed survives an error (React resets uncontrolled fields after an action).
  const [reason, setReason] = useState("");
  const [valueReasons, setValueReasons] = useState<Record<number, string>>({});
  const reviewing = submission.status === "SUBMITTED";
  const reasonErrors = state.result.status === "error" ? state.result.fieldErrors.reason : undefined;
  return (
    <>
      <Card>
        <h2 className="font-semibold text-brand-900">{t("valuesHeading")}</h2>
        {/* Stays mounted when the decision panel goes away, so the outcome of a return is announced. */}
        <p role="status" aria-live="polite" className="mb-3 mt-1 text-sm font-medium text-band-met">
          {state.result.status === "ok" ? state.result.message : null}
        </p>
        <SubmissionValues
          rows={rows}
          locale={locale}
          returnFormId={reviewing ? RETURN_FORM_ID : null}
          reasons={valueReasons}
          onReasonChange={(indicatorId, text) => setValueReasons((current) => ({ ...current, [indicatorId]: text }))}
          reasonErrors={errorsByIndicator(state)}
          correction={correction}
        />
      </Card>
      {reviewing ? (
        <Card>
          <h2 className="font-semibold text-brand-900">{t("decisionHeading")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("decisionHint")}</p>
          <form id={RETURN_FORM_ID} action={formAction} className="mt-3">
            <input type="hidden" name="submissionId" value={submission.id} />
            <input type="hidden" name="version" value={submission.version} />
            <ReasonField id={REASON_ID} label={t("returnReason")} value={reason} onChange={setReason} errors={reasonErrors} />
          </form>
          <div className="mt-2 flex flex-wrap items-start gap-2">
            <ApproveButton submissionId={submission.id} version={submission.version} label={tReview("approve")} pendingLabel={tReview("approving")} reporterName={reporterName} />
            <button type="submit" form={RETURN_FORM_ID} disabled={pending} className={buttonClass("secondary", "min-h-9 px-3 py-1.5")}>
              {pending ? t("returning") : t("return")}
            </button>
          </div>
          <p aria-live="polite" className="mt-2 text-sm font-medium text-band-low">
            {state.result.status === "error" ? state.result.message : null}
          </p>
        </Card>
      ) : null}
    </>
  );
}
