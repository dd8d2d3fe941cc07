import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ApproveButton } from "@/components/committee/approve-button";
import { SubmissionValues } from "@/components/committee/submission-values";
import { Card, PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter, quarterKey } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { asQuarter } from "@/lib/server/queries/periods";
import { getSubmissionForReview } from "@/lib/server/queries/review";

export default async function SubmissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/submissions/${id}`);
  const submissionId = Number(id);
  if (!Number.isSafeInteger(submissionId) || submissionId <= 0) notFound();
  const [locale, t] = await Promise.all([getLocale().then(resolveLocale), getTranslations("review")]);
  const review = await getSubmissionForReview(viewer, submissionId, getDb()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { submission } = review;
  const period = asQuarter(submission.period);
  return (
    <>
      <PageHeader
        title={review.reporterName}
        subtitle={<Link className="text-brand-700 hover:underline" href={`/committee/submissions?period=${quarterKey(period)}`}>← {t("backToList", { period: formatQuarter(period, locale) })}</Link>}
        actions={submission.status === "SUBMITTED" ? (
          <ApproveButton submissionId={submission.id} version={submission.version} label={t("approve")} pendingLabel={t("approving")} reporterName={review.reporterName} />
        ) : <StatusBadge status={submission.status} />}
      />
      <Card>
        <SubmissionValues rows={review.rows} locale={locale} />
      </Card>
    </>
  );
}
