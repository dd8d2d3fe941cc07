import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { UsersTable } from "@/components/admin/users-table";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { resolveLocale } from "@/lib/i18n/locales";
import { requirePageViewer } from "@/lib/server/auth";
import { getDb } from "@/lib/server/db";
import { getUsersForAdmin } from "@/lib/server/queries/admin-users";
import { getNow, getToday } from "@/lib/today";

export async function generateMetadata() {
  return { title: (await getTranslations("adminUsers"))("title") };
}

/** Every account (?q= searches name and e-mail; ?dissolved=1 keeps officers of dissolved units), with role, unit, state, last sign-in. */
export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<{ q?: string; dissolved?: string }> }) {
  const viewer = await requirePageViewer(["ADMIN"], "/admin/users");
  const params = await searchParams;
  const q = (params.q ?? "").slice(0, 100);
  const [users, locale, t] = await Promise.all([getUsersForAdmin(viewer, q, getDb(), getToday(), getNow()), getLocale().then(resolveLocale), getTranslations("adminUsers")]);
  const shown = params.dissolved ? users.filter((u) => u.locality?.dissolved) : users;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={<Link href="/admin/users/new" className={buttonClass("primary")}>{t("inviteTitle")}</Link>} />
      <form method="get" role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <label htmlFor="user-search" className="block text-sm font-medium text-slate-900">{t("search")}</label>
          <input id="user-search" name="q" type="search" defaultValue={q} className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base sm:text-sm" />
        </div>
        {params.dissolved ? <input type="hidden" name="dissolved" value="1" /> : null}
        <button type="submit" className={buttonClass("secondary")}>{t("searchSubmit")}</button>
        <Link href={params.dissolved ? "/admin/users" : "/admin/users?dissolved=1"} className={buttonClass("ghost")}>
          {params.dissolved ? t("showAll") : t("onlyDissolved", { count: users.filter((u) => u.locality?.dissolved).length })}
        </Link>
      </form>
      <p role="status" className="mb-2 text-sm text-slate-600">{t("count", { count: shown.length })}</p>
      <UsersTable users={shown} locale={locale} />
    </>
  );
}
