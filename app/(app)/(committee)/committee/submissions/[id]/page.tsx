import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { SubmissionHistory } from "@/components/committee/submission-history";
import { SubmissionReview } from "@/components/committee/submission-review";
import { SubmissionSummary } from "@/components/committee/submission-summary";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getSubmissionHistory } from "@/lib/server/queries/history";
import { asQuarter } from "@/lib/server/queries/periods";
import { getSubmissionForReview } from "@/lib/server/queries/review";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/submissions/${id}`);
  const submissionId = Number(id);
  if (!Number.isSafeInteger(submissionId) || submissionId <= 0) notFound();
  const [locale, t, review, history] = await Promise.all([
    getLocale().then(resolveLocale),
    getTranslations("review"),
    getSubmissionForReview(viewer, submissionId, getDb()),
    getSubmissionHistory(viewer, submissionId, getDb()),
  ]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { submission } = review;
  const period = asQuarter(submission.period);
  return (
    <>
      <PageHeader
        title={review.reporterName}
        subtitle={<BackLink href={`/committee/submissions?period=${quarterKey(period)}`}>{t("backToList", { period: formatQuarter(period, locale) })}</BackLink>}
        actions={<span data-testid="submission-status"><StatusBadge status={submission.status} /></span>}
      />
      <div className="grid grid-cols-1 gap-6">
        <SubmissionSummary submission={submission} locale={locale} />
        <SubmissionReview
          submission={{ id: submission.id, version: submission.version, status: submission.status }}
          reporterName={review.reporterName}
          rows={review.rows}
          locale={locale}
          correction={viewer.role === "ADMIN" ? { periodId: submission.periodId, localityId: submission.localityId, agencyId: submission.agencyId } : null}
        />
        <SubmissionHistory events={history} locale={locale} />
      </div>
    </>
  );
}
