import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/admin/invite-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getUserUnitOptions } from "@/lib/server/queries/admin-users";
import { getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminUsers"))("inviteTitle") };
}

export default async function InviteUserPage() {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/users/new");
  const [options, t] = await Promise.all([getUserUnitOptions(viewer, getDb(), getToday()), getTranslations("adminUsers")]);
  return (
    <>
      <div className="mb-3"><BackLink href="/admin/users">{t("back")}</BackLink></div>
      <PageHeader title={t("inviteTitle")} subtitle={t("inviteSubtitle")} />
      <InviteForm options={options} />
    </>
  );
}
