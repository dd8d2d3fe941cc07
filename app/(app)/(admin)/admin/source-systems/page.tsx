import { getLocale, getTranslations } from "next-intl/server";
import { RegisterSourceSystemForm } from "@/components/admin/source-systems/register-form";
import { SourceSystemsList } from "@/components/admin/source-systems/systems-list";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getSourceSystemsForAdmin } from "@/lib/server/queries/admin-source-systems";

export async function generateMetadata() {
  return { title: (await getTranslations("sourceSystems"))("title") };
}

/** Every source system with its tokens (prefix, scope, use, revocation), and the form to register one. */
export default async function AdminSourceSystemsPage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/source-systems");
  const [systems, locale, t] = await Promise.all([getSourceSystemsForAdmin(viewer, getDb()), getLocale().then(resolveLocale), getTranslations("sourceSystems")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={<>{t("subtitle")} <a href="/api/ingest/v1/openapi.json" className="font-medium text-brand-700 hover:underline">{t("apiDoc")}</a></>}
      />
      <div className="grid gap-6">
        <SourceSystemsList systems={systems} locale={locale} />
        <RegisterSourceSystemForm />
      </div>
    </>
  );
}
