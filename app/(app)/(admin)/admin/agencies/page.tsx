import { getTranslations } from "next-intl/server";
import { AgenciesTable } from "@/components/admin/agencies-table";
import { AgencyCreateForm } from "@/components/admin/agency-create-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getAgenciesForAdmin } from "@/lib/server/queries/admin-agencies";

export async function generateMetadata() {
  return { title: (await getTranslations("adminAgencies"))("title") };
}

export default async function AdminAgenciesPage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/agencies");
  const [agencies, t] = await Promise.all([getAgenciesForAdmin(viewer, getDb()), getTranslations("adminAgencies")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-6">
        <AgencyCreateForm />
        <AgenciesTable agencies={agencies} />
      </div>
    </>
  );
}
