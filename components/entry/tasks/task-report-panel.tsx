"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { StatusBadge } from "@/components/ui/status-badge";
import { IDLE, type ActionResult } from "@/lib/action-result";
import type { Locale } from "@/lib/format";
import { saveTaskReportAction, submitTaskReportAction } from "@/lib/server/actions/tasks";
import type { StoredTaskStatus } from "@/lib/tasks";
import { TaskReportFields, type TaskReportDraft } from "./task-report-fields";
import { TaskReportSummary } from "./task-report-summary";
import type { AgencyTaskReport } from "./types";

function draftOf(report: AgencyTaskReport | null, current: { status: StoredTaskStatus; progressPercent: number }): TaskReportDraft {
  return report
    ? { reportedStatus: report.reportedStatus, progressPercent: String(report.progressPercent), note: report.note, evidenceUrl: report.evidenceUrl ?? "" }
    : { reportedStatus: current.status, progressPercent: String(current.progressPercent), note: "", evidenceUrl: "" };
}

const sameDraft = (a: TaskReportDraft, b: TaskReportDraft) =>
  a.reportedStatus === b.reportedStatus && a.progressPercent === b.progressPercent && a.note === b.note && a.evidenceUrl === b.evidenceUrl;

function Message({ id, state, className = "" }: { id?: string; state: ActionResult; className?: string }) {
  return (
    <p id={id} role="status" aria-live="polite" className={`text-sm ${state.status === "idle" ? "" : className}`}>
      {state.status === "error" ? <span className="font-medium text-band-low">{state.message}</span> : null}
      {state.status === "ok" ? <span className="font-medium text-band-met">{state.message}</span> : null}
    </p>
  );
}

/**
 * One task's progress report for the quarter: edited and saved while it is a draft (or returned) and the
 * quarter is open, then sent to the committee; read-only once sent or approved.
 */
export function TaskReportPanel({ taskId, periodId, heading, report, periodOpen, current, locale }: {
  taskId: number;
  periodId: number;
  heading: string;
  report: AgencyTaskReport | null;
  periodOpen: boolean;
  current: { status: StoredTaskStatus; progressPercent: number };
  locale: Locale;
}) {
  const t = useTranslations("agencyTasks");
  const [saveState, saveAction, saving] = useActionState(saveTaskReportAction, IDLE);
  const [submitState, submitAction, submitting] = useActionState(submitTaskReportAction, IDLE);
  const saved = draftOf(report, current);
  const [draft, setDraft] = useState(saved);
  // A save or a send returns a new version: start again from what the server now holds. An error leaves
  // the version, and the typing, alone.
  const version = report?.version ?? 0;
  const [seenVersion, setSeenVersion] = useState(version);
  if (version !== seenVersion) {
    setSeenVersion(version);
    setDraft(saved);
  }
  const editable = periodOpen && (report === null || report.status === "DRAFT" || report.status === "RETURNED");
  const dirty = !sameDraft(draft, saved);
  const prefix = `task-${taskId}-report`;
  return (
    <>
      <div className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h3 className="font-semibold text-brand-900">{heading}</h3>
          {report ? <StatusBadge status={report.status} /> : <span className="text-sm text-slate-600">{t("noReportYet")}</span>}
        </div>
        {report?.status === "RETURNED" && report.returnReason ? (
          <div role="alert" className="rounded-md border border-band-low/30 bg-band-low-soft p-3 text-sm text-band-low">
            <strong>{t("returnedBy")}</strong> {report.returnReason}
          </div>
        ) : null}
        {editable ? (
          // React resets a form once its action settles; on these controlled fields that reset can leave the
          // select showing its first option while state holds another, so it is cancelled: state is the truth.
          <form action={saveAction} onReset={(e) => e.preventDefault()} noValidate aria-describedby={`${prefix}-saved`} className="flex flex-col gap-4">
            <input type="hidden" name="taskId" value={taskId} />
            <input type="hidden" name="periodId" value={periodId} />
            <input type="hidden" name="version" value={version} />
            <TaskReportFields idPrefix={prefix} draft={draft} errors={saveState.status === "error" ? saveState.fieldErrors : {}}
              onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" disabled={saving} className={buttonClass("primary")}>{saving ? t("saving") : t("save")}</button>
              {dirty && report ? <span className="text-sm font-medium text-band-mid">{t("unsaved")}</span> : null}
              <Message id={`${prefix}-saved`} state={saveState} />
            </div>
          </form>
        ) : report ? (
          <TaskReportSummary report={report} locale={locale} />
        ) : (
          <p className="text-sm text-slate-600">{t("noReportLocked")}</p>
        )}
        {editable && report ? (
          <form action={submitAction} className="flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4">
            <input type="hidden" name="reportId" value={report.id} />
            <input type="hidden" name="version" value={report.version} />
            <button type="submit" disabled={submitting || dirty} aria-describedby={`${prefix}-submit-hint`} className={buttonClass("success")}>
              {submitting ? t("submitting") : t("submit")}
            </button>
            <span id={`${prefix}-submit-hint`} className="text-sm text-slate-600">{dirty ? t("saveBeforeSubmit") : t("submitHint")}</span>
          </form>
        ) : null}
      </div>
      {/* Stays mounted when the report turns read-only after sending, so the confirmation is still announced. */}
      <Message state={submitState} className="mt-3" />
    </>
  );
}
