import { getLocale, getTranslations } from "next-intl/server";
import { IndicatorsList } from "@/components/admin/indicators-list";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getIndicatorsForAdmin } from "@/lib/server/queries/admin-indicators";

export async function generateMetadata() {
  return { title: (await getTranslations("adminIndicators"))("title") };
}

export default async function AdminIndicatorsPage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/indicators");
  const [pillars, locale, t] = await Promise.all([getIndicatorsForAdmin(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("adminIndicators")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <IndicatorsList pillars={pillars} locale={locale} />
    </>
  );
}
