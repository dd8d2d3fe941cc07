import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ReassignForm, ResetPasswordControl, UserActiveControl } from "@/components/admin/user-controls";
import { UserStatus, UserUnit } from "@/components/admin/users-table";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { getUserForAdmin, getUserUnitOptions } from "@/lib/server/queries/admin-users";
import { getNow, getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminUsers"))("manageTitle") };
}

/** One account: its unit (reassign), a new set-password link, and locking. */
export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requirePageViewer(["ADMIN"], `/admin/users/${id}`);
  const today = getToday();
  const [user, options, locale, t, tr] = await Promise.all([
    getUserForAdmin(viewer, /^\d{1,9}$/.test(id) ? Number(id) : 0, getDb(), today, getNow()).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    getUserUnitOptions(viewer, getDb(), today), getLocale().then(resolveLocale), getTranslations("adminUsers"), getTranslations("roles"),
  ]);
  return (
    <>
      <div className="mb-3"><BackLink href="/admin/users">{t("back")}</BackLink></div>
      <PageHeader title={user.name} subtitle={<>{user.email} · {tr(user.role)} · <UserStatus user={user} /></>} />
      <p className="mb-4 text-sm text-slate-700">{t("currentUnit")}: <UserUnit user={user} locale={locale} /></p>
      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        {user.role === "OFFICER" ? <ReassignForm user={user} options={options} /> : null}
        <div className="grid gap-6">
          <ResetPasswordControl user={user} />
          <UserActiveControl user={user} isSelf={user.id === viewer.userId} />
        </div>
      </div>
    </>
  );
}
