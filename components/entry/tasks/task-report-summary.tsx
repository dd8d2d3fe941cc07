import { useTranslations } from "next-intl";
import { TaskStatusBadge } from "@/components/committee/tasks/task-status-badge";
import { formatDateTime, formatValue, type Locale } from "@/lib/format";
import type { AgencyTaskReport } from "./types";

/** A report that can no longer be edited (sent, approved, or its quarter locked), as the committee will read it. */
export function TaskReportSummary({ report, locale }: { report: AgencyTaskReport; locale: Locale }) {
  const t = useTranslations("agencyTasks");
  return (
    <div className="text-sm">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-2">
        <div>
          <dt className="text-slate-500">{t("fieldStatus")}</dt>
          <dd className="mt-0.5"><TaskStatusBadge status={report.reportedStatus} /></dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("fieldProgress")}</dt>
          <dd className="mt-0.5 font-semibold tabular-nums text-slate-900">{formatValue(report.progressPercent, "PERCENT", locale)}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-500">{t("fieldNote")}</dt>
          <dd className="mt-0.5 whitespace-pre-line text-slate-900">{report.note}</dd>
        </div>
        {report.evidenceUrl ? (
          <div className="sm:col-span-2">
            <dt className="text-slate-500">{t("fieldEvidence")}</dt>
            <dd className="mt-0.5 break-all">
              <a href={report.evidenceUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 underline hover:text-brand-800">
                {report.evidenceUrl}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {report.submittedAt ? (
        <p className="mt-3 text-slate-600">{t("submittedAt", { date: formatDateTime(report.submittedAt, locale) })}</p>
      ) : null}
    </div>
  );
}
