import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime, formatValue, type Locale } from "@/lib/format";
import type { getTaskReviewQueue } from "@/lib/server/queries/tasks";
import { TaskReportDecision } from "./task-report-decision";
import { TaskStatusBadge } from "./task-status-badge";

type QueueReport = Awaited<ReturnType<typeof getTaskReviewQueue>>["reports"][number];

const ORDER = { SUBMITTED: 0, RETURNED: 1, APPROVED: 2, DRAFT: 3 } as const;
const term = "text-xs font-medium text-slate-500";

/**
 * The period's sent reports (the query leaves drafts out), those awaiting review first. One list keyed by report, so a decided report keeps its announcement as it moves down.
 */
export function TaskReviewList({ reports, locale }: { reports: QueueReport[]; locale: Locale }) {
  const t = useTranslations("taskReports");
  const sent = [...reports].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  if (sent.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-slate-600">{t("empty")}</p>;
  return (
    <ol className="grid gap-4" data-testid="task-review-list">
      {sent.map((report) => (
        <li key={report.id} data-report-id={report.id} data-status={report.status}>
          <article aria-labelledby={`report-${report.id}-title`} className={`rounded-lg border bg-white p-4 shadow-sm ${report.status === "SUBMITTED" ? "border-brand-600/40" : "border-slate-200"}`}>
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div>
                <h2 id={`report-${report.id}-title`} className="font-semibold leading-snug">
                  <Link href={`/committee/tasks/${report.task.id}`} className="text-brand-800 hover:underline">{report.task.title}</Link>
                </h2>
                <p className="text-sm text-slate-600">{report.task.leadAgency.name}</p>
              </div>
              <StatusBadge status={report.status} />
            </div>
            <dl className="mt-3 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
              <div><dt className={term}>{t("reportedStatus")}</dt><dd className="mt-0.5"><TaskStatusBadge status={report.reportedStatus} /></dd></div>
              <div><dt className={term}>{t("progress")}</dt><dd>
                  <span className="font-semibold tabular-nums">{formatValue(report.progressPercent, "PERCENT", locale)}</span>{" "}
                  <span className="text-xs text-slate-600">{t("approvedBefore", { progress: formatValue(report.task.progressPercent, "PERCENT", locale) })}</span>
                </dd></div>
              <div>
                <dt className={term}>{t("sent")}</dt>
                <dd>{report.submittedAt ? t("by", { name: report.updatedBy?.name ?? t("unknown"), at: formatDateTime(report.submittedAt, locale) }) : "—"}</dd>
              </div>
              <div className="sm:col-span-3"><dt className={term}>{t("note")}</dt><dd className="whitespace-pre-line text-slate-800">{report.note}</dd></div>
              <div className="sm:col-span-3">
                <dt className={term}>{t("evidence")}</dt>
                <dd className="break-all">{report.evidenceUrl ? <a href={report.evidenceUrl} target="_blank" rel="noopener noreferrer" className="text-brand-700 hover:underline">{report.evidenceUrl}</a> : t("noEvidence")}</dd>
              </div>
              {report.returnReason ? (
                <div className="sm:col-span-3"><dt className={term}>{t("returnReasonShown")}</dt><dd className="rounded bg-band-low-soft px-2 py-1 text-band-low">{report.returnReason}</dd></div>
              ) : null}
            </dl>
            <TaskReportDecision reportId={report.id} version={report.version} waiting={report.status === "SUBMITTED"} taskTitle={report.task.title} />
          </article>
        </li>
      ))}
    </ol>
  );
}
