import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { IndicatorEditForm } from "@/components/admin/indicator-edit-form";
import { quarterStarts } from "@/components/admin/locality-change/form-state";
import { MethodChanges } from "@/components/admin/method-changes";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { nextQuarter, quarterOf, quarterStart } from "@/lib/quarters";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getIndicatorForAdmin } from "@/lib/server/queries/admin-indicators";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminIndicators"))("editTitle") };
}

export default async function AdminIndicatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["ADMIN"], `/admin/indicators/${id}`);
  const detail = await getIndicatorForAdmin(viewer, /^\d{1,9}$/.test(id) ? Number(id) : 0, getDb()).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [locale, t] = await Promise.all([getLocale().then(resolveLocale), getTranslations("adminIndicators")]);
  const { indicator } = detail;
  const today = getToday();
  return (
    <>
      <div className="mb-3"><BackLink href="/admin/indicators">{t("back")}</BackLink></div>
      <PageHeader title={`${indicator.code} · ${locale === "vi" ? indicator.nameVi : indicator.nameEn}`} subtitle={locale === "vi" ? indicator.pillar.nameVi : indicator.pillar.nameEn} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <IndicatorEditForm indicator={indicator} agencies={detail.agencies} />
        <MethodChanges indicatorId={indicator.id} changes={indicator.methodChanges} locale={locale}
          dates={quarterStarts(2020, today.getUTCFullYear() + 2)} defaultDate={quarterStart(nextQuarter(quarterOf(today))).toISOString().slice(0, 10)} />
      </div>
    </>
  );
}
