import { getLocale, getTranslations } from "next-intl/server";
import { ReviewTable } from "@/components/committee/review-table";
import { PeriodPicker } from "@/components/scoreboard/period-picker";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { formatQuarter } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { asQuarter } from "@/lib/server/queries/periods";
import { getReviewQueue } from "@/lib/server/queries/review";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("review"))("title") };
}

export default async function SubmissionsPage({ searchParams }: { searchParams: Promise<{ period?: string | string[] }> }) {
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], "/committee/submissions");
  const { period } = await searchParams;
  const [queue, locale, t] = await Promise.all([
    getReviewQueue(viewer, typeof period === "string" ? period : null, getDb(), getToday()),
    getLocale().then(resolveLocale),
    getTranslations("review"),
  ]);
  const waiting = queue.submissions.filter((s) => s.status === "SUBMITTED").length;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={queue.period ? t("subtitle", { period: formatQuarter(asQuarter(queue.period), locale), waiting, total: queue.submissions.length }) : null}
      />
      <div className="mb-4">
        <PeriodPicker periods={queue.periods.map(asQuarter)} selected={queue.period ? asQuarter(queue.period) : null} basePath="/committee/submissions" locale={locale} label={t("periodPicker")} />
      </div>
      <ReviewTable submissions={queue.submissions} locale={locale} />
    </>
  );
}
