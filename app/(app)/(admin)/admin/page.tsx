import { getLocale, getTranslations } from "next-intl/server";
import { AdminOverview } from "@/components/admin/admin-overview";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getAdminOverview } from "@/lib/server/queries/admin";

export async function generateMetadata() {
  return { title: (await getTranslations("admin"))("title") };
}

export default async function AdminPage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin");
  const [overview, locale, t] = await Promise.all([getAdminOverview(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("admin")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminOverview overview={overview} locale={locale} />
    </>
  );
}
