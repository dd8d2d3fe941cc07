import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime, formatValue, type Locale } from "@/lib/format";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { asQuarter } from "@/lib/server/queries/periods";
import { TaskStatusBadge } from "./task-status-badge";
import type { TaskDetailReport } from "./types";

const term = "text-xs font-medium text-slate-500";

/** One quarter's progress report: what the agency reported, its evidence, who sent and who reviewed it. */
function ReportItem({ report, locale }: { report: TaskDetailReport; locale: Locale }) {
  const t = useTranslations("tasks.reports");
  const quarter = asQuarter(report.period);
  return (
    <li className="py-3" data-report-id={report.id} data-status={report.status}>
      <h3 className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
        {formatQuarter(quarter, locale)} <StatusBadge status={report.status} />
      </h3>
      {/* A draft stays the agency's own until it is sent, as with submissions of values. */}
      {report.status === "DRAFT" ? <p className="mt-1 text-sm text-slate-600">{t("draft")}</p> : null}
      {report.status === "DRAFT" ? null : <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-2">
        <div><dt className={term}>{t("reportedStatus")}</dt><dd className="mt-0.5"><TaskStatusBadge status={report.reportedStatus} /></dd></div>
        <div><dt className={term}>{t("progress")}</dt><dd className="font-semibold tabular-nums">{formatValue(report.progressPercent, "PERCENT", locale)}</dd></div>
        <div className="sm:col-span-2"><dt className={term}>{t("note")}</dt><dd className="whitespace-pre-line text-slate-800">{report.note}</dd></div>
        <div className="sm:col-span-2">
          <dt className={term}>{t("evidence")}</dt>
          <dd className="break-all">
            {report.evidenceUrl ? <a href={report.evidenceUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 hover:underline">{report.evidenceUrl}</a> : t("noEvidence")}
          </dd>
        </div>
        <div>
          <dt className={term}>{t("sent")}</dt>
          <dd>{report.submittedAt ? t("by", { name: report.updatedBy?.name ?? t("unknown"), at: formatDateTime(report.submittedAt, locale) }) : t("notSent")}</dd>
        </div>
        <div>
          <dt className={term}>{t("reviewed")}</dt>
          <dd>{report.reviewedAt ? t("by", { name: report.reviewedBy?.name ?? t("unknown"), at: formatDateTime(report.reviewedAt, locale) }) : t("notReviewed")}</dd>
        </div>
        {report.returnReason ? (
          <div className="sm:col-span-2"><dt className={term}>{t("returnReason")}</dt><dd className="rounded bg-band-low-soft px-2 py-1 text-band-low">{report.returnReason}</dd></div>
        ) : null}
      </dl>}
      {report.status === "SUBMITTED" ? (
        <Link href={`/committee/tasks/reports?period=${quarterKey(quarter)}`} className="mt-2 inline-block text-sm font-medium text-brand-700 hover:underline">{t("toReview")}</Link>
      ) : null}
    </li>
  );
}

/** The lead agency's quarterly progress reports, newest first. */
export function TaskReportList({ reports, locale }: { reports: TaskDetailReport[]; locale: Locale }) {
  const t = useTranslations("tasks.reports");
  return (
    <Card>
      <h2 className="font-semibold text-brand-900">{t("heading")}</h2>
      {reports.length === 0 ? <p className="mt-2 text-sm text-slate-600">{t("empty")}</p> : <ol className="mt-1 divide-y divide-slate-100">{reports.map((r) => <ReportItem key={r.id} report={r} locale={locale} />)}</ol>}
    </Card>
  );
}
