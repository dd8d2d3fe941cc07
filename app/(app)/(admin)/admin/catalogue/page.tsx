import { getLocale, getTranslations } from "next-intl/server";
import { CatalogueIndicators } from "@/components/admin/catalogue/catalogue-indicators";
import { CatalogueUpload } from "@/components/admin/catalogue/catalogue-upload";
import { DeviationForm } from "@/components/admin/catalogue/deviation-controls";
import { MethodDeviations } from "@/components/admin/catalogue/method-deviations";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getCatalogueForAdmin } from "@/lib/server/queries/admin-catalogue";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("catalogue"))("title") };
}

/** The national indicator catalogue: import it, see which indicators are national or the province's own, record deviations. */
export default async function AdminCataloguePage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/catalogue");
  const [catalogue, locale, t] = await Promise.all([getCatalogueForAdmin(viewer, getDb(), getToday()), getLocale().then(resolveLocale), getTranslations("catalogue")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-6">
        <CatalogueUpload />
        <CatalogueIndicators indicators={catalogue.indicators} locale={locale} />
        <MethodDeviations deviations={catalogue.deviations} locale={locale} />
        <DeviationForm indicators={catalogue.indicators} localities={catalogue.localities} locale={locale} />
      </div>
    </>
  );
}
