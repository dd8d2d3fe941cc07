import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ValueEvents } from "@/components/committee/value-events";
import { ValueRevisions, ValueSummary } from "@/components/committee/value-revisions";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getValueHistory } from "@/lib/server/queries/history";

export async function generateMetadata() {
  return { title: (await getTranslations("history"))("title") };
}

/** A value's full history: approved revisions and every recorded change. Committee and admins only. */
export default async function ValueHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["COMMITTEE", "ADMIN"], `/committee/values/${id}`);
  const actualId = Number(id);
  if (!Number.isSafeInteger(actualId) || actualId <= 0) notFound();
  const [locale, t, history] = await Promise.all([
    getLocale().then(resolveLocale),
    getTranslations("history"),
    getValueHistory(viewer, actualId, getDb()),
  ]).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { actual, events } = history;
  return (
    <>
      <PageHeader
        title={locale === "vi" ? actual.indicator.nameVi : actual.indicator.nameEn}
        subtitle={<BackLink href={`/committee/submissions/${actual.submissionId}`}>{t("backToSubmission")}</BackLink>}
      />
      <div className="grid grid-cols-1 gap-6">
        <ValueSummary actual={actual} locale={locale} />
        <ValueRevisions actual={actual} locale={locale} />
        <ValueEvents events={events} unit={actual.indicator.unit} locale={locale} />
      </div>
    </>
  );
}
