"use client";
import { useTranslations } from "next-intl";
import { TASK_STATUSES } from "@/lib/schemas/tasks";
import type { StoredTaskStatus } from "@/lib/tasks";

export interface TaskReportDraft {
  reportedStatus: StoredTaskStatus;
  progressPercent: string;
  note: string;
  evidenceUrl: string;
}

const input = (invalid: boolean) =>
  `w-full rounded-md border px-3 py-2 text-base sm:text-sm ${invalid ? "border-band-low bg-band-low-soft" : "border-slate-300 bg-white"}`;

/** The progress report's inputs, controlled so that what was typed survives a rejected save. */
export function TaskReportFields({ idPrefix, draft, errors, onChange }: {
  idPrefix: string;
  draft: TaskReportDraft;
  errors: Record<string, string[]>;
  onChange: (patch: Partial<TaskReportDraft>) => void;
}) {
  const t = useTranslations("agencyTasks");
  const ts = useTranslations("agencyTasks.taskStatus");
  const ids = (name: keyof TaskReportDraft, hint = false) => {
    const invalid = (errors[name]?.length ?? 0) > 0;
    const described = [hint ? `${idPrefix}-${name}-hint` : null, invalid ? `${idPrefix}-${name}-error` : null].filter(Boolean).join(" ");
    return { id: `${idPrefix}-${name}`, name, "aria-invalid": invalid ? true : undefined, "aria-describedby": described || undefined, className: input(invalid) };
  };
  const error = (name: keyof TaskReportDraft) =>
    errors[name]?.length ? <p id={`${idPrefix}-${name}-error`} className="mt-1 text-sm font-medium text-band-low">{errors[name].join(" ")}</p> : null;
  const label = (name: keyof TaskReportDraft, text: string, extra?: string) => (
    <label htmlFor={`${idPrefix}-${name}`} className="mb-1 block text-sm font-medium text-slate-800">
      {text}{extra ? <span className="font-normal text-slate-500"> ({extra})</span> : null}
    </label>
  );
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <div>
        {label("reportedStatus", t("fieldStatus"))}
        <select {...ids("reportedStatus")} value={draft.reportedStatus} onChange={(e) => onChange({ reportedStatus: e.target.value as StoredTaskStatus })}>
          {TASK_STATUSES.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
        </select>
        {error("reportedStatus")}
      </div>
      <div>
        {label("progressPercent", t("fieldProgress"))}
        <input {...ids("progressPercent")} type="number" inputMode="numeric" min={0} max={100} step={1} required
          value={draft.progressPercent} onChange={(e) => onChange({ progressPercent: e.target.value })} />
        {error("progressPercent")}
      </div>
      <div className="sm:col-span-2">
        {label("note", t("fieldNote"))}
        <p id={`${idPrefix}-note-hint`} className="mb-1 text-xs text-slate-500">{t("fieldNoteHint")}</p>
        <textarea {...ids("note", true)} rows={4} required value={draft.note} onChange={(e) => onChange({ note: e.target.value })} />
        {error("note")}
      </div>
      <div className="sm:col-span-2">
        {label("evidenceUrl", t("fieldEvidence"), t("optional"))}
        <input {...ids("evidenceUrl")} type="url" inputMode="url" placeholder="https://" value={draft.evidenceUrl}
          onChange={(e) => onChange({ evidenceUrl: e.target.value })} />
        {error("evidenceUrl")}
      </div>
    </div>
  );
}
