import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/page-header";
import { formatDate, formatDateTime, type Locale } from "@/lib/format";
import { formatQuarter } from "@/lib/quarters";
import { asQuarter } from "@/lib/server/queries/periods";

interface Summary {
  period: { year: number; quarter: number; deadline: Date; status: string };
  status: string;
  submittedAt: Date | null;
  submittedBy: { name: string } | null;
  reviewedAt: Date | null;
  reviewedBy: { name: string } | null;
  returnReason: string | null;
}

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** Where a submission stands: its period, who sent it and who reviewed it, and why it was returned. */
export function SubmissionSummary({ submission, locale }: { submission: Summary; locale: Locale }) {
  const t = useTranslations("reviewDetail");
  const at = (date: Date | null, by: { name: string } | null) =>
    date ? `${formatDateTime(date, locale)}${by ? ` · ${by.name}` : ""}` : "—";
  return (
    <Card>
      <dl className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Item label={t("period")}>
          {formatQuarter(asQuarter(submission.period), locale)}
          {submission.period.status === "LOCKED" ? <span className="ml-2 text-xs font-semibold text-band-mid">{t("periodLocked")}</span> : null}
        </Item>
        <Item label={t("deadline")}>{formatDate(submission.period.deadline, locale)}</Item>
        <Item label={t("submitted")}>{at(submission.submittedAt, submission.submittedBy)}</Item>
        <Item label={t("reviewed")}>{at(submission.reviewedAt, submission.reviewedBy)}</Item>
      </dl>
      {submission.status === "RETURNED" && submission.returnReason ? (
        <p className="mt-3 rounded bg-band-low-soft px-3 py-2 text-sm text-band-low" data-testid="return-reason">
          <span className="font-semibold">{t("returnedBecause")}:</span> {submission.returnReason}
        </p>
      ) : null}
    </Card>
  );
}
