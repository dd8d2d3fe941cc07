import { BackLink } from "@/components/ui/back-link";
import { getLocale, getTranslations } from "next-intl/server";
import { PeriodsTable } from "@/components/admin/periods-table";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getPeriodsForAdmin } from "@/lib/server/queries/admin";

export async function generateMetadata() {
  return { title: (await getTranslations("adminPeriods"))("title") };
}

export default async function AdminPeriodsPage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/periods");
  const [periods, locale, t] = await Promise.all([getPeriodsForAdmin(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("adminPeriods")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={
          <>
            <BackLink href="/admin">{t("backToAdmin")}</BackLink>
            <span className="mt-1 block">{t("subtitle")}</span>
          </>
        }
      />
      <PeriodsTable periods={periods} locale={locale} />
    </>
  );
}
